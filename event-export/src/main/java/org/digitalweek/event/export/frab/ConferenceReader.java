package org.digitalweek.event.export.frab;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.export.schedule.Conference;
import org.digitalweek.event.export.schedule.Problems;
import org.digitalweek.event.export.schedule.ScheduleBuilder;
import org.digitalweek.event.export.schedule.ScheduleTimes;

/**
 * Reads {@code <conference>}: its names, dates, time zone, city, venue, day change, base address (for
 * the events' relative addresses) and tracks. What the model has no place for (its URL, logo, colour,
 * time slot) is reported, not kept.
 */
final class ConferenceReader {

    /**
     * What the conference says.
     *
     * @param conference its names, dates, zone, city and venue
     * @param dayChange  when its days begin, if it says (null)
     */
    record Facts(Conference conference, LocalTime dayChange) {
    }

    private static final Set<String> NOT_KEPT = Set.of("timeslot_duration", "logo", "url", "color");
    private static final Set<String> TRACK_ATTRIBUTES = Set.of("name");

    private final XmlCursor cursor;
    private final ScheduleBuilder builder;

    /**
     * @param cursor   standing on {@code <conference>}
     * @param builder  where the tracks are declared and the problems recorded
     */
    ConferenceReader(XmlCursor cursor, ScheduleBuilder builder) {
        this.cursor = cursor;
        this.builder = builder;
    }

    /** @return what the conference the cursor stands on says, read to its end */
    Facts read() {
        DocumentPlace place = DocumentPlace.same("conference").with(cursor.place());
        String acronym = null;
        String title = null;
        String subtitle = null;
        String zone = null;
        String city = null;
        String venue = null;
        LocalDate start = null;
        LocalDate end = null;
        LocalTime dayChange = null;
        String baseUrl = null;
        while (cursor.nextChild()) {
            String element = cursor.name();
            switch (element) {
                case "acronym" -> acronym = cursor.text();
                case "title" -> title = cursor.text();
                case "subtitle" -> subtitle = cursor.text();
                case "time_zone_name" -> zone = cursor.text();
                case "city" -> city = cursor.text();
                case "venue" -> venue = cursor.text();
                case "base_url" -> baseUrl = cursor.text();
                case "start" -> start = date(element);
                case "end" -> end = date(element);
                case "day_change" -> dayChange = dayChange();
                case "days" -> cursor.skip(); // the number of <day> elements, which are read
                case "track" -> track();
                default -> cursor.skipLeftover(NOT_KEPT, cursor.placeLater());
            }
        }
        return new Facts(new Conference(acronym, title, subtitle, start, end, zone, city, venue, null, place,
                baseUrl), dayChange);
    }

    private LocalDate date(String element) {
        DocumentPlace at = cursor.place();
        String text = cursor.text();
        if (text.isBlank()) {
            return null;
        }
        return FrabValues.date(text).orElseGet(() -> {
            problems().add(DocumentPlace.same("conference").with(at),
                    FrabValues.wrongFr(element, "une date telle que 2026-01-29", text),
                    FrabValues.wrong(element, "a date such as 2026-01-29", text));
            return null;
        });
    }

    private LocalTime dayChange() {
        DocumentPlace at = cursor.place();
        String text = cursor.text();
        if (text.isBlank()) {
            return null;
        }
        return ScheduleTimes.timeOfDay(text).orElseGet(() -> {
            problems().add(DocumentPlace.same("conference").with(at),
                    FrabValues.wrongFr("day_change", "une heure telle que 04:00 ou 04:00:00", text),
                    FrabValues.wrong("day_change", "a time of day such as 04:00 or 04:00:00", text));
            return null;
        });
    }

    /** A track of the theme: {@code <track name="…" color="…" slug="…"/>}, its colour and slug not kept. */
    private void track() {
        cursor.attributesNotKept(TRACK_ATTRIBUTES, cursor.placeLater());
        String name = cursor.attribute("name");
        String text = cursor.text();
        builder.track(name == null || name.isBlank() ? text : name);
    }

    private Problems problems() {
        return builder.problems();
    }
}
