package org.digitalweek.event.export.frabjson;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.export.jsonread.ReadLimits;

/**
 * Reads a c3voc {@code schedule2} ({@code schedule2}, {@code application/json}), as the CCC hub
 * publishes it and as {@link Schedule2Exporter} writes it, into an edition draft.
 *
 * <p>The conference's rooms (with capacity, found by guid, name or slug), tracks (by slug), languages
 * and default language are read, then the flat list of events: {@code start} and {@code end} (or the
 * deprecated {@code duration}), texts translated as {@code {"fr": …, "en": …}} (the event's language,
 * else the conference's, is the session's own; the others are kept as translations), participants
 * with their roles ({@code HOST} presides), {@code state} ({@code CANCELED} is a cancelled session).
 * Lenient, and says each repair with its place ({@code event HQCCYH (/schedule/events/0)}): a
 * missing guid, a missing time zone (the user's, else a problem), a room or track given by name,
 * unknown types and roles; members the model does not keep ({@code url}, {@code links}, {@code logo},
 * the people's {@code persons} list, …) and members it does not know are said once per name. The
 * text must be UTF-8 JSON within the limits of {@link ReadLimits#SCHEDULE}; what is wrong in it is
 * reported all together at its JSON pointer.
 */
public final class Schedule2Importer implements Importer {

    /** Where the events are: one flat list. */
    private static final Pattern EVENTS = Pattern.compile("/schedule/events/\\d+");

    /** Creates the importer; {@link java.util.ServiceLoader} calls this. */
    public Schedule2Importer() {
        // Stateless.
    }

    @Override
    public String formatId() {
        return "schedule2";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    /** A JSON object with {@code schedule} whose {@code $schema} or shape is {@code schedule2}'s. */
    @Override
    public boolean recognizes(String fileName, String head) {
        return ScheduleHeads.of(head) == ScheduleHeads.Kind.SCHEDULE2;
    }

    @Override
    public ImportResult read(InputStream in, ImportContext context) throws IOException {
        return ScheduleRoot.read(in, context, EVENTS, Schedule2Event::label,
                (builder, document) -> new Schedule2Schedule(builder, context).read(document));
    }
}
