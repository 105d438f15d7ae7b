package org.digitalweek.event.domain.model.planted;

import org.digitalweek.event.domain.rules.planted.PlantedRuleUsingModel;

/** One half of a planted cycle between the domain's packages: the model reaches for the rules. */
public class PlantedModelUsingRules {
    PlantedRuleUsingModel rule;
}
