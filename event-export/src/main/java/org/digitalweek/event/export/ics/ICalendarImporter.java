package org.digitalweek.event.export.ics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;

import biweekly.ICalendar;
import biweekly.io.text.ICalReader;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.export.schedule.ScheduleBuilder;

/**
 * Reads an iCalendar file ({@code ics}, {@value ICalendarExporter#MEDIA_TYPE}, RFC 5545) into an
 * edition draft: one session per {@code VEVENT} of every {@code VCALENDAR}, through the
 * {@link ScheduleBuilder} the schedule importers share. Lenient but never silent:
 *
 * <ul>
 *   <li>Times with a {@code TZID} (an IANA zone, or a custom {@code VTIMEZONE}: said), in UTC, or
 *       floating (the edition's wall clock); {@code DTEND} or {@code DURATION}; all-day events from
 *       00:00 on the first day to 00:00 after the last (said); recurring events keep their first
 *       occurrence (said).</li>
 *   <li>The edition's time zone is {@code X-WR-TIMEZONE}, else the one {@code TZID} the events
 *       use, else the context's; its title {@code NAME} or {@code X-WR-CALNAME}.</li>
 *   <li>Properties and components no session keeps ({@code GEO}, {@code URL}, {@code VALARM},
 *       {@code VTODO}, …) are ignored with a warning per name, with the number of events.</li>
 *   <li>A calendar {@link ICalendarExporter} wrote comes back with its session ids, types, rooms
 *       and participants.</li>
 * </ul>
 *
 * <p>Before biweekly reads it, the document is scanned once: it fails with an
 * {@link org.digitalweek.event.domain.error.UnreadableDocumentException} naming the line when it is
 * not iCalendar, truncated, not UTF-8, over 64 MiB, has a content line over 1 MiB, or nests
 * components over 64 levels deep. Events without a readable start, or that end before they start,
 * are reported together.
 */
public final class ICalendarImporter implements Importer {

    private final ScanLimits limits;

    /** Creates the importer with the format's limits; {@link java.util.ServiceLoader} calls this. */
    public ICalendarImporter() {
        this(ScanLimits.CALENDAR);
    }

    /** @param limits other limits, for tests */
    ICalendarImporter(ScanLimits limits) {
        this.limits = Objects.requireNonNull(limits, "'limits' must not be null");
    }

    @Override
    public String formatId() {
        return ICalendarExporter.FORMAT_ID;
    }

    @Override
    public String mediaType() {
        return ICalendarExporter.MEDIA_TYPE;
    }

    /** An {@code .ics} file, or a document starting with {@code BEGIN:VCALENDAR} after a byte order mark or blanks. */
    @Override
    public boolean recognizes(String fileName, String head) {
        boolean named = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".ics");
        String start = head == null ? "" : head.replaceFirst("^\uFEFF", "").stripLeading();
        return named || start.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length());
    }

    @Override
    public ImportResult read(InputStream in, ImportContext context) throws IOException {
        Objects.requireNonNull(in, "'in' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        CalendarScan.Scanned scanned = new CalendarScan(limits, context.sourceName()).scan(in);
        ScheduleBuilder builder = new ScheduleBuilder(context);
        for (ImportWarning warning : scanned.warnings()) {
            builder.repairs().addRepeated(warning.messageEn(), warning.place(), warning.messageFr(),
                    warning.messageEn());
        }
        List<CalendarReader.Parsed> calendars = parse(scanned);
        if (calendars.size() != scanned.calendars().size()) {
            throw new UnreadableDocumentException(context.sourceName(), DocumentPlace.line(1),
                    "les calendriers ne se distinguent pas : " + scanned.calendars().size()
                    + " lignes BEGIN:VCALENDAR, mais " + calendars.size() + " calendriers lus",
                    "the calendars cannot be told apart: " + scanned.calendars().size() + " BEGIN:VCALENDAR lines, but "
                    + calendars.size() + " calendars read");
        }
        CalendarReader reader = new CalendarReader(builder, context);
        reader.strayCarriageReturns(scanned.strayCrLines(), calendars);
        reader.read(calendars);
        return CalendarSources.keepUids(builder.build(), reader.sourceGuids());
    }

    /**
     * biweekly's reading of each calendar, with its outline; biweekly reads what the scan let through,
     * without its time-zone pass ({@link ZoneFreeReader}).
     */
    private static List<CalendarReader.Parsed> parse(CalendarScan.Scanned scanned) throws IOException {
        List<CalendarReader.Parsed> parsed = new ArrayList<>();
        try (ICalReader reader = new ZoneFreeReader(new InputStreamReader(
                new ByteArrayInputStream(scanned.buffer(), 0, scanned.length()), StandardCharsets.UTF_8))) {
            reader.setDefaultTimezone(TimeZone.getTimeZone("UTC")); // never the JVM's: floating times are read raw
            for (Outline outline : scanned.calendars()) {
                ICalendar calendar = reader.readNext();
                if (calendar == null) {
                    break;
                }
                parsed.add(new CalendarReader.Parsed(calendar, outline, List.copyOf(reader.getWarnings())));
            }
        }
        return parsed;
    }
}
