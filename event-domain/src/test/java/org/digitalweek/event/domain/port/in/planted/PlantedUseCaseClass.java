package org.digitalweek.event.domain.port.in.planted;

/** Breaks "port types are interfaces or records": a use case written as a plain class. */
public class PlantedUseCaseClass {
}
