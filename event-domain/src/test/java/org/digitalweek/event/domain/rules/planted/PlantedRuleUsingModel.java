package org.digitalweek.event.domain.rules.planted;

import org.digitalweek.event.domain.model.planted.PlantedModelUsingRules;

/** The other half of a planted cycle: the rules read the model, which reaches back for them. */
public class PlantedRuleUsingModel {
    PlantedModelUsingRules model;
}
