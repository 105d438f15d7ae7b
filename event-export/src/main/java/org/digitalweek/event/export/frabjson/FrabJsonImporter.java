package org.digitalweek.event.export.frabjson;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.export.jsonread.ReadLimits;

/**
 * Reads a {@code schedule.json} v1 ({@code frab-json}, {@code application/json}) as frab and pretalx
 * publish it, and as {@link FrabJsonExporter} writes it, into an edition draft.
 *
 * <p>Lenient, and says each repair with its place ({@code event 10386
 * (/schedule/conference/days/0/rooms/Curie/0)}): a missing guid (the id is used), a missing time zone
 * (the user's, else a problem), a number where text is expected, a {@code date} without offset, an
 * event without {@code date} (its day's date and {@code start}, past midnight before the day change),
 * {@code duration} as {@code H:MM}, {@code HH:MM}, {@code HH:MM:SS} or ISO 8601, or an {@code end}
 * instead; members the model does not keep ({@code url}, {@code slug}, {@code links}, …) and members
 * it does not know are said once per name. This project's own marks (a cancelled title, the day
 * parts of a several-day session) are read back. The text must be UTF-8 JSON within the limits of
 * {@link ReadLimits#SCHEDULE}; what is wrong in it ({@code "date": "tomorrow"}, {@code "persons": {}})
 * is reported all together at its JSON pointer.
 */
public final class FrabJsonImporter implements Importer {

    /** Where the events are: listed by day and room. */
    private static final Pattern EVENTS = Pattern.compile("/schedule/conference/days/\\d+/rooms/[^/]*/\\d+");

    /** Creates the importer; {@link java.util.ServiceLoader} calls this. */
    public FrabJsonImporter() {
        // Stateless.
    }

    @Override
    public String formatId() {
        return "frab-json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    /** A JSON object with {@code schedule} and {@code conference} that is not {@code schedule2}. */
    @Override
    public boolean recognizes(String fileName, String head) {
        return ScheduleHeads.of(head) == ScheduleHeads.Kind.FRAB_JSON;
    }

    @Override
    public ImportResult read(InputStream in, ImportContext context) throws IOException {
        return ScheduleRoot.read(in, context, EVENTS, FrabJsonEvent::label,
                (builder, document) -> new FrabJsonSchedule(builder, context).read(document));
    }
}
