package org.digitalweek.event.cli.command.planted;

import org.digitalweek.event.domain.boot.Digitalweek;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.domain.validation.InputValidator;

/**
 * Breaks "driving adapters use only the in-ports": a command that builds the facade itself (the
 * composition root's job), and holds an importer, the validator and a whole edition.
 */
public class CommandBehindTheInPorts {
    Digitalweek library = Digitalweek.open("mem:");
    Importer importer;
    InputValidator validator;
    Edition edition;
}
