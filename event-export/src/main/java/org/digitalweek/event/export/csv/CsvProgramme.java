package org.digitalweek.event.export.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.export.labels.FormatLabels;

/**
 * The table both CSV exporters write: a header row in the context language, then one row per
 * session in programme order (by start, end, id). The session's page ({@code url}) is the last
 * column, so that a reader of the columns before it reads them where they were.
 */
final class CsvProgramme {

    private static final List<String> HEADER_FR = List.of("id", "jour", "début", "fin", "fuseau horaire", "salle",
            "lieu", "type", "thématique", "titre", "statut", "langues", "intervenants", "participation attendue",
            "note illustrative", "url");
    private static final List<String> HEADER_EN = List.of("id", "day", "start", "end", "time zone", "room",
            "venue", "type", "track", "title", "status", "languages", "speakers", "expected attendance",
            "illustrative note", "url");

    /** Joins the items of a list cell; spaced so that it never looks like a cell separator. */
    static final String LIST_SEPARATOR = " ; ";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CsvDialect dialect;

    CsvProgramme(CsvDialect dialect) {
        this.dialect = dialect;
    }

    void write(PublicEdition edition, ExportContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        Objects.requireNonNull(out, "'out' must not be null");
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (dialect.bom()) {
            writer.write('\uFEFF');
        }
        CsvCells cells = new CsvCells(writer, dialect.separator());
        ReaderLanguage language = context.readerLanguage(edition);
        cells.record(language.pick(HEADER_FR, HEADER_EN));
        Rows rows = new Rows(edition, language);
        for (Session session : edition.programme()) {
            cells.record(rows.of(session));
        }
        writer.flush(); // the caller owns the stream: flushed, never closed
    }

    /** Makes a session's row, with the edition's rooms, venues and people looked up once. */
    private static final class Rows {
        private final PublicEdition edition;
        private final ReaderLanguage language;
        private final Map<RoomId, Room> rooms = new HashMap<>();
        private final Map<RoomId, Venue> venues = new HashMap<>();
        private final Map<OfficialId, Official> officials;

        Rows(PublicEdition edition, ReaderLanguage language) {
            this.edition = edition;
            this.language = language;
            for (Venue venue : edition.venues()) {
                for (Room room : venue.rooms()) {
                    rooms.put(room.id(), room);
                    venues.put(room.id(), venue);
                }
            }
            officials = edition.officials().stream().collect(Collectors.toMap(Official::id, Function.identity()));
        }

        List<String> of(Session session) {
            LocalDateTime start = session.slot().start();
            LocalDateTime end = session.slot().end();
            return List.of(
                    session.id().value(),
                    start.toLocalDate().toString(),
                    TIME.format(start),
                    (end.toLocalDate().equals(start.toLocalDate()) ? TIME : DAY_AND_TIME).format(end),
                    edition.zone().getId(),
                    session.room().map(rooms::get).map(r -> r.name().resolve(language)).orElse(""),
                    session.room().map(venues::get).map(v -> v.name().resolve(language)).orElse(""),
                    FormatLabels.of(session.type(), language),
                    session.track().flatMap(t -> edition.theme().track(t)).map(t -> t.name().resolve(language))
                            .orElse(""),
                    session.title().resolve(language),
                    FormatLabels.of(session.status(), language),
                    String.join(LIST_SEPARATOR, session.languages()),
                    speakers(session),
                    session.expectedAttendance().isPresent()
                            ? Integer.toString(session.expectedAttendance().getAsInt()) : "",
                    session.provenance() instanceof Provenance.Illustrative i ? i.note().resolve(language) : "",
                    session.url().map(URI::toString).orElse(""));
        }

        private String speakers(Session session) {
            return session.participants().stream().map(this::speaker).collect(Collectors.joining(LIST_SEPARATOR));
        }

        private String speaker(Participant participant) {
            return officials.get(participant.official()).displayName()
                    + " (" + FormatLabels.of(participant.role(), language) + ")";
        }
    }
}
