package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.port.in.CancelSessionCommand;

/** {@code digitalweek session cancel EDITION SESSION}: the session stays in the programme, marked cancelled. */
@Command(name = "cancel", description = "Cancel a session: it stays in the programme, marked cancelled, so that "
        + "calendars remove it.",
        footer = {HelpText.OK, HelpText.USAGE, HelpText.FAILURE,
            "", "Example:", "  digitalweek session cancel snm-2026 panel-gouvernance-numerique"})
final class SessionCancelCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "EDITION", description = "The edition's id, e.g. snm-2026.")
    String edition;

    @Parameters(index = "1", paramLabel = "SESSION", description = "The session's id.")
    String session;

    @Mixin
    VersionOption expected;

    @Override
    int run(Invocation app) {
        return SessionEdit.apply(app, edition, expected.value, version -> app.root().programme()
                .cancel(new CancelSessionCommand(edition, version, session)));
    }
}
