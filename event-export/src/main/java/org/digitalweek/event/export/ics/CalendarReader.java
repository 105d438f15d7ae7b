package org.digitalweek.event.export.ics;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.property.RawProperty;
import biweekly.property.TextProperty;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.export.schedule.Conference;
import org.digitalweek.event.export.schedule.Repairs;
import org.digitalweek.event.export.schedule.ScheduleBuilder;
import org.digitalweek.event.export.schedule.TypedText;

/**
 * Reads the calendars of one document into a {@link ScheduleBuilder}: the edition from the calendar
 * properties ({@code NAME} or {@code X-WR-CALNAME} for the title, {@code DESCRIPTION} or
 * {@code X-WR-CALDESC} for the theme, {@code X-WR-TIMEZONE} for the time zone, else the one
 * {@code TZID} the events use), every {@code VEVENT} of every {@code VCALENDAR} through an
 * {@link EventReader}, and biweekly's own warnings, each at its line. Texts are first cleared of the
 * characters no one types ({@link CalendarTexts}).
 */
final class CalendarReader {

    /** The calendar properties read, or skipped without a word as bookkeeping of the feed. */
    private static final Set<String> CALENDAR_PROPERTIES = Set.of("VERSION", "PRODID", "CALSCALE", "METHOD",
            "NAME", "DESCRIPTION", "X-WR-CALNAME", "X-WR-CALDESC", "X-WR-TIMEZONE", "REFRESH-INTERVAL",
            "X-PUBLISHED-TTL");

    /** One calendar as biweekly read it, with its outline and warnings. */
    record Parsed(ICalendar calendar, Outline outline, List<ParseWarning> warnings) {
    }

    private final ScheduleBuilder builder;
    private final ImportContext context;
    private final Repairs repairs;
    private final Map<String, Optional<String>> sourceGuids = new HashMap<>();

    /**
     * @param builder receives the edition and the events
     * @param context the document's name and the user's options
     */
    CalendarReader(ScheduleBuilder builder, ImportContext context) {
        this.builder = builder;
        this.context = context;
        this.repairs = builder.repairs();
    }

    /** @param calendars every calendar of the document, in order; at least one */
    void read(List<Parsed> calendars) {
        CalendarTexts texts = new CalendarTexts(new TypedText(repairs));
        calendars.forEach(parsed -> texts.repair(parsed.calendar(), parsed.outline()));
        boolean own = calendars.stream().anyMatch(p -> OwnCalendars.wrote(text(p.calendar().getProductId())));
        String zoneName = EditionZone.choose(calendars, repairs);
        ZoneId editionZone = Optional.ofNullable(zoneName).flatMap(EventTimes::ianaZone)
                .or(context::defaultZone).orElse(ZoneOffset.UTC);
        Set<String> series = seriesUids(calendars);
        Facts facts = new Facts();
        CalendarZones.OnsetBudget onsets = new CalendarZones.OnsetBudget();
        for (int c = 0; c < calendars.size(); c++) {
            Parsed parsed = calendars.get(c);
            calendarLevel(parsed, c);
            CalendarZones zones = new CalendarZones(parsed.calendar(), parsed.outline(), onsets, builder.problems(),
                    repairs);
            EventTimes times = new EventTimes(zones, editionZone, builder.problems(), repairs);
            String method = text(parsed.calendar().getMethod());
            EventReader reader = new EventReader(own, "CANCEL".equalsIgnoreCase(method), times, repairs);
            List<VEvent> events = parsed.calendar().getEvents();
            List<Outline> outlines = parsed.outline().events();
            if (events.size() != outlines.size()) {
                throw new UnreadableDocumentException(context.sourceName(), CalendarPlaces.of(parsed.outline().line(),
                        parsed.outline()), "les événements ne se distinguent pas : " + outlines.size()
                        + " lignes BEGIN:VEVENT, mais " + events.size() + " événements lus",
                        "the events cannot be told apart: " + outlines.size()
                        + " BEGIN:VEVENT lines, but " + events.size() + " events read");
            }
            for (int i = 0; i < events.size(); i++) {
                if (isChangedOccurrence(events.get(i), outlines.get(i), series)) {
                    continue;
                }
                EventReader.Read read = reader.read(events.get(i), outlines.get(i));
                builder.add(read.entry());
                facts.add(read);
                if (read.entry().guid() != null) {
                    sourceGuids.putIfAbsent(read.entry().guid(), Optional.ofNullable(read.sourceGuid()));
                }
            }
        }
        builder.conference(conference(calendars, own, zoneName, facts));
    }

    /**
     * Says, once for the document, where a CR inside a line (in a file whose lines end with LF) was
     * read as a space rather than as a line break.
     *
     * @param lines     the lines of such CRs, in order
     * @param calendars the calendars, for the component each line is in
     */
    void strayCarriageReturns(List<Integer> lines, List<Parsed> calendars) {
        for (int line : lines) {
            Outline at = calendars.stream().map(Parsed::outline).filter(o -> o.line() <= line && line <= o.endLine())
                    .findFirst().map(o -> innermost(o, line)).orElse(null);
            repairs.addRepeated("stray cr", CalendarPlaces.of(line, at), "retour chariot (CR) isolé dans une ligne "
                    + "d'un fichier aux fins de ligne LF : lu comme une espace", "carriage return (CR) alone inside a "
                    + "line of a file whose lines end with LF: read as a space");
        }
    }

    /**
     * @return for each entry's guid (what its session id is made from), the source's guid its UID
     *         is, or none when this project minted the UID
     */
    Map<String, Optional<String>> sourceGuids() {
        return sourceGuids;
    }

    private boolean isChangedOccurrence(VEvent event, Outline outline, Set<String> series) {
        if (event.getRecurrenceId() == null) {
            return false;
        }
        DocumentPlace place = CalendarPlaces.of(outline.lineOf("RECURRENCE-ID"), outline);
        if (series.contains(text(event.getUid()))) {
            repairs.addRepeated("changed occurrence", place, "occurrence modifiée d'un événement récurrent "
                    + "(RECURRENCE-ID) ignorée : seule la première occurrence est gardée", "changed occurrence of a "
                    + "recurring event (RECURRENCE-ID) skipped: only the first occurrence is kept");
            return true;
        }
        repairs.addRepeated("lone occurrence", place, "occurrence (RECURRENCE-ID) sans son événement récurrent : "
                + "lue comme un événement", "occurrence (RECURRENCE-ID) without its recurring event: read as an "
                + "event");
        return false;
    }

    /** The UIDs of the events that are no changed occurrence: those of every series and single event. */
    private static Set<String> seriesUids(List<Parsed> calendars) {
        Set<String> uids = new HashSet<>();
        for (Parsed parsed : calendars) {
            parsed.calendar().getEvents().stream().filter(e -> e.getRecurrenceId() == null)
                    .map(e -> text(e.getUid())).filter(u -> u != null).forEach(uids::add);
        }
        return uids;
    }

    /** Says what the calendar holds that no session keeps, and what biweekly warned of. */
    private void calendarLevel(Parsed parsed, int index) {
        Outline calendar = parsed.outline();
        if (index == 1) {
            repairs.add(CalendarPlaces.of(calendar.line(), calendar), "plusieurs VCALENDAR : leurs événements "
                    + "forment une seule édition", "several VCALENDARs: their events make one edition");
        }
        String scale = text(parsed.calendar().getCalendarScale());
        if (scale != null && !scale.equalsIgnoreCase("GREGORIAN")) {
            builder.problems().add(CalendarPlaces.of(calendar.lineOf("CALSCALE"), calendar), "CALSCALE:" + scale
                    + " n'est pas pris en charge : les dates se lisent dans le calendrier grégorien seulement",
                    "CALSCALE:" + scale + " is not supported: dates are read in the Gregorian calendar only");
        }
        for (Map.Entry<String, Outline.Occurrences> property : calendar.properties().entrySet()) {
            if (!CALENDAR_PROPERTIES.contains(property.getKey())) {
                repairs.addRepeated("calendar property " + property.getKey(), CalendarPlaces.of(
                        property.getValue().firstLine(), calendar), "propriété " + property.getKey() + " ignorée",
                        "property " + property.getKey() + " ignored");
            }
        }
        for (Outline child : calendar.children()) {
            if (!child.name().equals("VEVENT") && !child.name().equals("VTIMEZONE")) {
                repairs.addRepeated("component " + child.name(), CalendarPlaces.of(child.line(), child),
                        "composant " + child.name() + " ignoré", "component " + child.name() + " ignored");
            }
        }
        for (ParseWarning warning : parsed.warnings()) {
            int line = warning.getLineNumber() == null ? calendar.line() : warning.getLineNumber();
            String what = (warning.getPropertyName() == null ? "" : warning.getPropertyName() + ": ")
                    + warning.getMessage();
            repairs.addRepeated("parser " + what, CalendarPlaces.of(line, innermost(calendar, line)),
                    "l'analyseur iCalendar signale : " + what, "the iCalendar parser says: " + what);
        }
    }

    private Conference conference(List<Parsed> calendars, boolean own, String zoneName, Facts facts) {
        String title = first(calendars, c -> c.getNames().isEmpty() ? null : text(c.getNames().get(0)))
                .or(() -> first(calendars, c -> raw(c, "X-WR-CALNAME"))).orElse(null);
        String subtitle = first(calendars, c -> c.getDescriptions().isEmpty() ? null
                : text(c.getDescriptions().get(0))).or(() -> first(calendars, c -> raw(c, "X-WR-CALDESC")))
                .orElse(null);
        Outline calendar = calendars.get(0).outline();
        DocumentPlace place = CalendarPlaces.of(calendar.line(), calendar);
        if (!own) {
            return new Conference(null, title, subtitle, null, null, zoneName, null, null, null, place);
        }
        List<String> venues = facts.mostCommon(facts.venues);
        if (venues.size() > 1) {
            repairs.add(place, "salles de plusieurs lieux réunies dans un seul, " + venues.get(0) + " : " + venues,
                    "rooms of several venues put in one, " + venues.get(0) + ": " + venues);
        }
        return new Conference(first(facts.mostCommon(facts.editions)), title, subtitle, null, null, zoneName,
                first(facts.mostCommon(facts.cities)), first(venues), first(facts.mostCommon(facts.languages)), place);
    }

    private static Optional<String> first(List<Parsed> calendars, Function<ICalendar, String> value) {
        return calendars.stream().map(p -> value.apply(p.calendar())).filter(v -> v != null && !v.isBlank())
                .findFirst();
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    /** The innermost component around a line, for the place of a warning. */
    private static Outline innermost(Outline component, int line) {
        List<Outline> children = component.children();
        int low = 0;
        int high = children.size() - 1;
        while (low <= high) { // children are in document order: a search, not a scan per warning
            int middle = (low + high) >>> 1;
            Outline child = children.get(middle);
            if (line < child.line()) {
                high = middle - 1;
            } else if (line > child.endLine()) {
                low = middle + 1;
            } else {
                return innermost(child, line);
            }
        }
        return component;
    }

    /**
     * @param calendar a calendar
     * @param name     an extension property's name
     * @return its first value, unescaped (biweekly keeps those as written), or null when blank or absent
     */
    static String raw(ICalendar calendar, String name) {
        RawProperty property = calendar.getExperimentalProperty(name);
        return property == null || property.getValue() == null || property.getValue().isBlank() ? null
                : TextValues.unescape(property.getValue()).strip();
    }

    private static String text(TextProperty property) {
        return property == null || property.getValue() == null || property.getValue().isBlank() ? null
                : property.getValue().strip();
    }

    /** What the events of a calendar this project wrote say about their edition. */
    private static final class Facts {
        private final Map<String, Integer> editions = new LinkedHashMap<>();
        private final Map<String, Integer> venues = new LinkedHashMap<>();
        private final Map<String, Integer> cities = new LinkedHashMap<>();
        private final Map<String, Integer> languages = new LinkedHashMap<>();

        void add(EventReader.Read read) {
            count(editions, read.editionId());
            count(venues, read.place().venue());
            count(cities, read.place().city());
            count(languages, read.typeLanguage());
        }

        private static void count(Map<String, Integer> counts, String value) {
            if (value != null && !value.isBlank()) {
                counts.merge(value, 1, Integer::sum);
            }
        }

        /** @return the values, the most common first (the first seen among equals) */
        List<String> mostCommon(Map<String, Integer> counts) {
            return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey).collect(Collectors.toList());
        }
    }
}
