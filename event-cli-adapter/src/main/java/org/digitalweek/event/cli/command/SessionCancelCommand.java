package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.port.in.CancelSessionCommand;

/** {@code digitalweek session cancel EDITION SESSION}: the session stays in the programme, marked cancelled. */
@Command(name = "cancel")
final class SessionCancelCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "${bundle:label.edition}", descriptionKey = "edition")
    String edition;

    @Parameters(index = "1", paramLabel = "${bundle:label.session}", descriptionKey = "session")
    String session;

    @Mixin
    VersionOption expected;

    @Override
    int run(Invocation app) {
        return SessionEdit.apply(app, edition, expected.value, version -> app.root().programme()
                .cancel(new CancelSessionCommand(edition, version, session)));
    }
}
