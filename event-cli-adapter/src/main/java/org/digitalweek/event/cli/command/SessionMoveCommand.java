package org.digitalweek.event.cli.command;

import java.time.LocalDateTime;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.draft.SlotDraft;
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

    @Option(names = "--start", required = true, paramLabel = "DATE-TIME", converter = DateTimeOption.class,
            description = "When it starts, e.g. 2026-01-29T09:00.")
    LocalDateTime start;

    @Option(names = "--end", required = true, paramLabel = "DATE-TIME", converter = DateTimeOption.class,
            description = "When it ends, e.g. 2026-01-29T11:00.")
    LocalDateTime end;

    @Option(names = "--room", paramLabel = "ROOM", description = "Its new room's id; absent keeps the current one.")
    String room;

    @Option(names = "--expected-version", paramLabel = "V",
            description = "The edition's version you read; default: the stored one.")
    Long expectedVersion;

    @Override
    int run(Invocation app) {
        return SessionEdit.apply(app, edition, expectedVersion, version -> app.root().programme()
                .move(new MoveSessionCommand(edition, version, session, new SlotDraft(start, end), room)));
    }
}
