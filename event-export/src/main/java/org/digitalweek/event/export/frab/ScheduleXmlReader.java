package org.digitalweek.event.export.frab;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.export.schedule.Conference;
import org.digitalweek.event.export.schedule.ScheduleBuilder;

/**
 * Reads a whole {@code schedule.xml}: {@code <schedule>}, its {@code <conference>}, then each
 * {@code <day>}, its {@code <room>}s and their {@code <event>}s, handing everything to the shared
 * {@link ScheduleBuilder}. The schedule's version and generator are not kept.
 */
final class ScheduleXmlReader {

    private static final Set<String> NOT_KEPT = Set.of("version", "generator", "url");
    private static final Set<String> DAY_ATTRIBUTES = Set.of("index", "date", "start", "end");
    private static final Set<String> ROOM_ATTRIBUTES = Set.of("name");

    private final XmlCursor cursor;
    private final ScheduleBuilder builder;
    private final EventReader events;
    private LocalTime dayChange; // the conference's, if it says

    /**
     * @param cursor   the document, before its root
     * @param builder  what turns what is read into a draft
     */
    ScheduleXmlReader(XmlCursor cursor, ScheduleBuilder builder) {
        this.cursor = cursor;
        this.builder = builder;
        this.events = new EventReader(cursor, builder.problems());
    }

    /** @return the draft and the repairs; every problem met fails it */
    ImportResult read() {
        String root = cursor.root();
        if (!root.equals("schedule")) {
            throw cursor.failure(cursor.place(), "pas un schedule.xml : l'élément racine est <" + root
                    + ">, là où un schedule.xml a <schedule>", "not a schedule.xml: the root element is <" + root
                    + ">, where a schedule.xml has <schedule>");
        }
        builder.conference(new Conference(null, null, null, null, null, null, null, null, null,
                DocumentPlace.same("schedule").with(cursor.place())));
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "conference" -> conference();
                case "day" -> day();
                default -> cursor.skipLeftover(NOT_KEPT, cursor.placeLater());
            }
        }
        cursor.finish();
        return builder.build();
    }

    private void conference() {
        ConferenceReader.Facts facts = new ConferenceReader(cursor, builder).read();
        builder.conference(facts.conference());
        dayChange = facts.dayChange();
    }

    /** {@code <day index date start end>}: its date places the events that give only a time of day. */
    private void day() {
        DocumentPlace place = DocumentPlace.same("day").with(cursor.place());
        cursor.attributesNotKept(DAY_ATTRIBUTES, () -> place);
        LocalDate date = dayDate(cursor.attribute("date"), place);
        LocalTime change = Optional.ofNullable(dayChange).orElseGet(() -> changeOf(date, cursor.attribute("end")));
        EventReader.Day day = new EventReader.Day(date, change, place);
        while (cursor.nextChild()) {
            if (cursor.name().equals("room")) {
                room(day);
            } else {
                cursor.skipLeftover(Set.of(), cursor.placeLater());
            }
        }
    }

    private LocalDate dayDate(String text, DocumentPlace place) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = FrabValues.date(text);
        if (date.isEmpty()) {
            builder.problems().add(place, FrabValues.wrongAttributeFr("date", "day", "une date telle que 2026-01-29",
                    text), FrabValues.wrongAttribute("date", "day", "a date such as 2026-01-29", text));
        }
        return date.orElse(null);
    }

    /**
     * Without a {@code day_change}, a day that ends on the next date (31C3's end at 04:00) changes
     * then: an event listed under it at 01:00 is on the next date.
     */
    private static LocalTime changeOf(LocalDate date, String end) {
        Optional<OffsetDateTime> ends = end == null ? Optional.empty() : FrabValues.withOffset(end);
        if (date != null && ends.isPresent() && ends.get().toLocalDate().isAfter(date)) {
            return ends.get().toLocalTime();
        }
        return LocalTime.MIDNIGHT;
    }

    /** {@code <room name guid>}: declared even when empty, so that it is kept; its guid is not. */
    private void room(EventReader.Day day) {
        cursor.attributesNotKept(ROOM_ATTRIBUTES, cursor.placeLater());
        String name = cursor.attribute("name");
        builder.room(name, null);
        while (cursor.nextChild()) {
            if (cursor.name().equals("event")) {
                builder.add(events.read(day, name));
            } else {
                cursor.skipLeftover(Set.of(), cursor.placeLater());
            }
        }
    }
}
