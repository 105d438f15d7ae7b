package org.digitalweek.event.export.ics;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TimeZone;
import java.util.TreeSet;

import biweekly.ICalDataType;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.io.TimezoneAssignment;
import biweekly.io.text.ICalWriter;
import biweekly.property.CalendarScale;
import biweekly.property.Method;
import biweekly.property.RefreshInterval;
import biweekly.util.Duration;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;

/**
 * Writes an edition's programme as an iCalendar file ({@code ics}, {@value #MEDIA_TYPE}, RFC 5545)
 * that calendar clients can subscribe to: one {@code VEVENT} per session, in programme order.
 *
 * <ul>
 *   <li>Times are local times of the edition's zone with a {@code TZID}, and the calendar carries
 *       that zone's {@code VTIMEZONE}, built from the JDK's rules for the years the edition's times
 *       fall in (a session from 0001 to 9999 needs two years of rules, not ten thousand).</li>
 *   <li>{@code UID} is the guid of the schedule a session was imported from, when it is safe and its
 *       own ({@link EventUids}), so that apps keep their favourites and reminders; else
 *       {@code <session id>@<edition id>.digitalweek}: stable across exports and releases, unique
 *       across editions.</li>
 *   <li>{@code URL} is the session's page; its live stream a {@code CONFERENCE}, its other links
 *       {@code ATTACH}es ({@link EventLinks}).</li>
 *   <li>{@code SEQUENCE} is the edition's {@link PublicEdition#version() version}, which rises with
 *       every stored change and publication, so a client that sees a session again replaces its
 *       copy. It rises for every session at once: the model keeps no version per session.</li>
 *   <li>{@code DTSTAMP} is the time of the context's clock, never the system's: the same edition and
 *       clock give the same bytes.</li>
 *   <li>Texts are in the reader's language, as the policy decides it; items that no source reports are marked
 *       {@code [illustratif]} or {@code [illustrative]} with their note.</li>
 *   <li>Lines end with {@code CRLF} and fold at 75 octets of UTF-8, never inside a character.</li>
 * </ul>
 *
 * <p>The calendar has {@code METHOD:PUBLISH}, the RFC 7986 {@code NAME} and
 * {@code REFRESH-INTERVAL} (one hour), and {@code X-WR-CALNAME} and {@code X-WR-TIMEZONE} for
 * clients that predate RFC 7986. The name is the edition's title, followed, for a calendar of the
 * sessions of a person, room or track, by the words that name them ({@link ExportContext#selection()}). It is written with biweekly, straight to the stream.
 */
public final class ICalendarExporter implements Exporter {

    /** The id of the format. */
    public static final String FORMAT_ID = "ics";
    /** The media type of the output. */
    public static final String MEDIA_TYPE = "text/calendar";
    /** The product id written in every calendar. */
    static final String PRODUCT_ID = "-//digitalweek//Programme export//EN";

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public ICalendarExporter() {
        // Stateless.
    }

    @Override
    public String formatId() {
        return FORMAT_ID;
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    /** Streams the calendar to {@code out} in UTF-8 and leaves it open. */
    @Override
    public void export(PublicEdition edition, ExportContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        Objects.requireNonNull(out, "'out' must not be null");
        ICalendar calendar = calendar(edition, context);
        OctetFoldingWriter folding = new OctetFoldingWriter(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        ICalWriter writer = new ICalWriter(folding, ICalVersion.V2_0);
        writer.write(calendar);
        writer.flush();
        folding.finish(); // not close: the stream is the caller's
    }

    private static ICalendar calendar(PublicEdition edition, ExportContext context) {
        ReaderLanguage language = context.readerLanguage(edition);
        String name = edition.title().resolve(language)
                + context.selection().map(words -> " — " + words.resolve(language)).orElse("");
        String zone = edition.zone().getId();

        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setCalendarScale(CalendarScale.gregorian());
        calendar.setMethod(Method.publish());
        calendar.setName(name);
        RefreshInterval refresh = calendar.setRefreshInterval(new Duration.Builder().hours(1).build());
        refresh.getParameters().setValue(ICalDataType.DURATION); // RFC 7986 requires VALUE=DURATION
        calendar.setExperimentalProperty("X-WR-CALNAME", TextValues.escape(name));
        calendar.setExperimentalProperty("X-WR-TIMEZONE", TextValues.escape(zone));
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(edition.zone()),
                ZoneObservances.of(edition.zone(), years(edition))));

        SessionEvents events = new SessionEvents(edition, language, Date.from(context.clock().instant()));
        for (Session session : edition.programme()) {
            calendar.addEvent(events.event(session));
        }
        return calendar;
    }

    /** The years of the edition's dates and of every session's start and end: those its times fall in. */
    private static SortedSet<Integer> years(PublicEdition edition) {
        SortedSet<Integer> years = new TreeSet<>(List.of(edition.dates().start().getYear(),
                edition.dates().end().getYear()));
        for (Session session : edition.sessions()) {
            years.add(session.slot().start().getYear());
            years.add(session.slot().end().getYear());
        }
        return years;
    }
}
