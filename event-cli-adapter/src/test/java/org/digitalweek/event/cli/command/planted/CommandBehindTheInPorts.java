package org.digitalweek.event.cli.command.planted;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.service.ProgrammeService;
import org.digitalweek.event.domain.validation.InputValidator;

/** Breaks "driving adapters use only the in-ports": a command holds a service, the validator and an edition. */
public class CommandBehindTheInPorts {
    ProgrammeService programme;
    InputValidator validator;
    Edition edition;
}
