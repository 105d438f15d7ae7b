package org.digitalweek.event.cli.command;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.ReleaseSummary;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.port.in.EditionQueryById;

/**
 * {@code digitalweek __complete KIND [EDITION]}: the values the completion script offers that only the
 * store knows, one per line: the editions' ids, or the sessions, rooms, people, tracks or releases
 * (by label, else number) of one edition; and the time zones. Hidden from the usage: the script of
 * {@link CompletionCommand} runs it with the {@code --store} of the line being completed. Silent on any failure (an unknown edition, a
 * store that cannot be opened), with exit code 0, so that a Tab never prints an error.
 */
@Command(name = CompleteValuesCommand.NAME, hidden = true)
final class CompleteValuesCommand extends BaseCommand {

    /** The command's name, which the completion script runs. */
    static final String NAME = "__complete";

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "digitalweek.__complete.kind")
    String kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "${bundle:label.edition}", descriptionKey = "digitalweek.__complete.edition")
    String edition;

    @Override
    int run(Invocation app) {
        List<String> values;
        try {
            values = values(app);
        } catch (RuntimeException | LinkageError e) {
            // A Tab must never print an error: no value is the answer to anything that fails.
            values = List.of();
        }
        for (String value : values) {
            app.out().println(value);
        }
        app.out().flush();
        return ExitCodes.OK;
    }

    private List<String> values(Invocation app) {
        List<String> values = new ArrayList<>();
        if (kind.equals("zones")) {
            values.addAll(new TreeSet<>(ZoneId.getAvailableZoneIds()));
            return values;
        }
        if (kind.equals("editions")) {
            for (EditionSummary summary : app.root().programme().editions(EditionQuery.ALL)) {
                values.add(summary.id().value());
            }
            return values;
        }
        if (edition == null || edition.isBlank()) {
            return values;
        }
        if (kind.equals("releases")) {
            for (ReleaseSummary release : app.root().publication().releases(new EditionQueryById(edition))) {
                values.add(release.label().isBlank() ? String.valueOf(release.number()) : release.label());
            }
            return values;
        }
        PublicEdition view = app.root().programme().edition(new EditionQueryById(edition));
        switch (kind) {
            case "sessions" -> {
                for (Session session : view.sessions()) {
                    values.add(session.id().value());
                }
            }
            case "rooms" -> {
                for (Room room : view.rooms()) {
                    values.add(room.id().value());
                }
            }
            case "people" -> {
                for (Official official : view.officials()) {
                    values.add(official.id().value());
                }
            }
            case "tracks" -> {
                for (Track track : view.theme().tracks()) {
                    values.add(track.id().value());
                }
            }
            default -> {
                // An unknown kind has no value.
            }
        }
        return values;
    }
}
