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
@Command(name = "assign", description = {"Give a person of the edition a role in a session, after its other "
        + "participants (their order is the speaking order).",
    "With --on-behalf-of, they act for an authority whose protocol rank --precedence gives (1 is the highest)."},
        footer = {HelpText.OK, HelpText.USAGE, HelpText.FAILURE,
            "", "Examples:",
            "  digitalweek session assign snm-2026 panel-gouvernance-numerique --person mamou-daffe --role moderator",
            "  digitalweek session assign snm-2026 ceremonie-de-lancement --person mamou-daffe --role speaker \\",
            "      --on-behalf-of 'Premier ministre' --precedence 2"})
final class SessionAssignCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "EDITION", description = "The edition's id, e.g. snm-2026.")
    String edition;

    @Parameters(index = "1", paramLabel = "SESSION", description = "The session's id.")
    String session;

    @Option(names = "--person", required = true, paramLabel = "PERSON",
            description = "The person's id, one of the edition's officials.")
    String person;

    @Option(names = "--role", required = true, paramLabel = "ROLE", converter = ParticipantRoleOption.class,
            completionCandidates = ParticipantRoleOption.class, description = "Their role: ${COMPLETION-CANDIDATES}.")
    ParticipantRole role;

    @Option(names = "--on-behalf-of", paramLabel = "AUTHORITY",
            description = "The authority they act for, in French, e.g. 'Premier ministre'.")
    String onBehalfOf;

    @Option(names = "--precedence", paramLabel = "RANK",
            description = "With --on-behalf-of: the authority's protocol rank, 1 the highest.")
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
