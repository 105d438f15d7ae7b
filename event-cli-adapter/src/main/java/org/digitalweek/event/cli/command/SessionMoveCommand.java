package org.digitalweek.event.cli.command;


import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.port.in.MoveSessionCommand;

/** {@code digitalweek session move EDITION SESSION --start … --end … [--room R]}: a new time, and room. */
@Command(name = "move", description = "Give a session a new time and, optionally, a new room. Times are local "
        + "to the edition's time zone.",
        footer = {HelpText.OK, HelpText.USAGE, HelpText.FAILURE,
            "", "Example:",
            "  digitalweek session move snm-2026 masterclass-ia --start 2026-02-03T09:00 --end 2026-02-03T12:00 \\",
            "      --room salle-de-conference"})
final class SessionMoveCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "EDITION", description = "The edition's id, e.g. snm-2026.")
    String edition;

    @Parameters(index = "1", paramLabel = "SESSION", description = "The session's id.")
    String session;

    @Mixin
    SlotOptions slot;

    @Option(names = "--room", paramLabel = "ROOM", description = "Its new room's id; absent keeps the current one.")
    String room;

    @Mixin
    VersionOption expected;

    @Override
    int run(Invocation app) {
        return SessionEdit.apply(app, edition, expected.value, version -> app.root().programme()
                .move(new MoveSessionCommand(edition, version, session, slot.slot(this, edition), room)));
    }
}
