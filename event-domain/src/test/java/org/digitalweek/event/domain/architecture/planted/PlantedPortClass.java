package org.digitalweek.event.domain.architecture.planted;

/** Breaks "port types are interfaces or records" when the rule is aimed at this package. */
public class PlantedPortClass {
}
