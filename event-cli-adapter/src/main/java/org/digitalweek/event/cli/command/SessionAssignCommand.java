package org.digitalweek.event.cli.command;

import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.draft.MandateDraft;
import org.digitalweek.event.domain.draft.ParticipantDraft;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.port.in.AssignParticipantCommand;

/** {@code digitalweek session assign EDITION SESSION --person P --role ROLE}: a person's part in a session. */
@Command(name = "assign")
final class SessionAssignCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "${bundle:label.edition}", descriptionKey = "edition")
    String edition;

    @Parameters(index = "1", paramLabel = "${bundle:label.session}", descriptionKey = "session")
    String session;

    @Option(names = "--person", required = true, paramLabel = "${bundle:label.person}")
    String person;

    @Option(names = "--role", required = true, paramLabel = "${bundle:label.role}", converter = ParticipantRoleOption.class,
            completionCandidates = ParticipantRoleOption.class)
    ParticipantRole role;

    @Option(names = "--on-behalf-of", paramLabel = "${bundle:label.authority}")
    String onBehalfOf;

    @Option(names = "--precedence", paramLabel = "${bundle:label.rank}")
    Integer precedence;

    @Mixin
    VersionOption expected;

    @Override
    int run(Invocation app) {
        if (precedence != null && onBehalfOf == null) {
            throw new ParameterException(spec.commandLine(), app.say("--precedence va avec --on-behalf-of",
                    "--precedence goes with --on-behalf-of"));
        }
        MandateDraft mandate = onBehalfOf == null ? null : new MandateDraft(Map.of("fr", onBehalfOf), precedence);
        ParticipantDraft participant = new ParticipantDraft(person, role, mandate);
        return SessionEdit.apply(app, edition, expected.value, version -> app.root().programme()
                .assign(new AssignParticipantCommand(edition, version, session, participant)));
    }
}
