package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.ArchiveEditionCommand;
import org.digitalweek.event.domain.port.in.ChangeOutcome;
import org.digitalweek.event.domain.port.in.EditionQueryById;

/** {@code digitalweek archive EDITION}: close a published edition for the record. */
@Command(name = "archive")
final class ArchiveCommand extends BaseCommand {

    @Parameters(paramLabel = "${bundle:label.edition}", descriptionKey = "edition")
    String edition;

    @Mixin
    VersionOption expected;

    @Override
    int run(Invocation app) {
        PublicEdition current = app.root().programme().edition(new EditionQueryById(edition));
        ChangeOutcome archived = app.root().publication().archive(new ArchiveEditionCommand(edition,
                CurrentVersion.expected(current, expected.value)));
        app.out().println(app.say("Édition « " + edition + " » archivée ; version " + archived.version(),
                "Edition '" + edition + "' archived; version " + archived.version()));
        return ExitCodes.OK;
    }
}
