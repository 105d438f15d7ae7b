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
@Command(name = "add")
final class SessionAddCommand extends BaseCommand {

    @Parameters(paramLabel = "${bundle:label.edition}", descriptionKey = "edition")
    String edition;

    @Option(names = "--id", required = true, paramLabel = "ID")
    String id;

    @Option(names = "--type", required = true, paramLabel = "TYPE", converter = SessionTypeOption.class,
            completionCandidates = SessionTypeOption.class)
    SessionType type;

    @Option(names = "--title", required = true, paramLabel = "${bundle:label.text}")
    String title;

    @Option(names = "--title-en", paramLabel = "${bundle:label.text}")
    String titleEn;

    @Mixin
    SlotOptions slot;

    @Option(names = "--room", paramLabel = "${bundle:label.room}")
    String room;

    @Option(names = "--track", paramLabel = "${bundle:label.track}")
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
