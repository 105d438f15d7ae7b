package org.digitalweek.event.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.port.in.AddSessionCommand;

/** {@code digitalweek session add EDITION --id ID --type TYPE --title TEXT --start … --end …}: a new session. */
@Command(name = "add", description = "Add a session to an edition's programme. Times are local to the edition's "
        + "time zone.",
        footer = {HelpText.OK, HelpText.USAGE, HelpText.FAILURE,
            "", "Example:",
            "  digitalweek session add snm-2026 --id atelier-cyber --type workshop \\",
            "      --title 'Atelier cybersécurité' --title-en 'Cybersecurity workshop' \\",
            "      --start 2026-01-30T14:00 --end 2026-01-30T16:00 --room salle-de-formation"})
final class SessionAddCommand extends BaseCommand {

    @Parameters(paramLabel = "EDITION", description = "The edition's id, e.g. snm-2026.")
    String edition;

    @Option(names = "--id", required = true, paramLabel = "ID",
            description = "The new session's id, e.g. atelier-cyber.")
    String id;

    @Option(names = "--type", required = true, paramLabel = "TYPE", converter = SessionTypeOption.class,
            completionCandidates = SessionTypeOption.class,
            description = "Its kind: ${COMPLETION-CANDIDATES}.")
    SessionType type;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "Its title in French.")
    String title;

    @Option(names = "--title-en", paramLabel = "TEXT", description = "Its title in English.")
    String titleEn;

    @Mixin
    SlotOptions slot;

    @Option(names = "--room", paramLabel = "ROOM", description = "Its room's id; none yet when absent.")
    String room;

    @Option(names = "--track", paramLabel = "TRACK", description = "Its track's id, if any.")
    String track;

    @Mixin
    VersionOption expected;

    @Override
    int run(Invocation app) {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("fr", title);
        if (titleEn != null) {
            titles.put("en", titleEn);
        }
        SessionDraft session = new SessionDraft(id, type, titles, null, track, slot.slot(this, edition), room,
                null, null, null, null, null, null, null, null);
        return SessionEdit.apply(app, edition, expected.value,
                version -> app.root().programme().add(new AddSessionCommand(edition, version, session)));
    }
}
