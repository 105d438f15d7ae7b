package org.digitalweek.event.cli.command;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.port.in.MoveSessionCommand;

/** {@code digitalweek session move EDITION SESSION --start … --end … [--room R]}: a new time, and room. */
@Command(name = "move")
final class SessionMoveCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "${bundle:label.edition}", descriptionKey = "edition")
    String edition;

    @Parameters(index = "1", paramLabel = "${bundle:label.session}", descriptionKey = "session")
    String session;

    @Mixin
    SlotOptions slot;

    @Option(names = "--room", paramLabel = "${bundle:label.room}")
    String room;

    @Mixin
    VersionOption expected;

    @Override
    int run(Invocation app) {
        return SessionEdit.apply(app, edition, expected.value, version -> app.root().programme()
                .move(new MoveSessionCommand(edition, version, session, slot.slot(this, edition), room)));
    }
}
