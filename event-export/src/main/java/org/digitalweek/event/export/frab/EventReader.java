package org.digitalweek.event.export.frab;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.export.schedule.EntryLink;
import org.digitalweek.event.export.schedule.EntryPerson;
import org.digitalweek.event.export.schedule.EntryTime;
import org.digitalweek.event.export.schedule.Problems;
import org.digitalweek.event.export.schedule.ScheduleEntry;
import org.digitalweek.event.export.schedule.ScheduleTimes;

/**
 * Reads one {@code <event>} into a schedule entry: its guid, id, slug, texts, type word, page
 * ({@code <url>}), logo, links and attachments, persons and time. Its time is its {@code <date>} (with an offset,
 * as frab writes it), else its {@code <start>} on the date of its day, after the day change. A value
 * that cannot be read is a problem of the document, placed at the event's id and the value's line;
 * reading goes on, so that every such problem is reported at once.
 */
final class EventReader {

    /**
     * A day of the schedule, as an event under it needs it.
     *
     * @param date      its date, if it gives one (null)
     * @param dayChange when it begins: an event before then is on the next date
     * @param place     where it is, for messages
     */
    record Day(LocalDate date, LocalTime dayChange, DocumentPlace place) {
    }

    /** The elements of the format whose content the model has no place for. */
    private static final Set<String> NOT_KEPT = Set.of("recording", "video_download_url", "feedback_url",
            "origin_url");
    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "type");
    private static final Set<String> ATTACHMENT_ATTRIBUTES = Set.of("href");
    private static final Set<String> ATTRIBUTES = Set.of("id", "guid");
    private static final Set<String> ATTRIBUTES_AND_CODE = Set.of("id", "guid", "code");
    private static final Set<String> PERSON_ATTRIBUTES = Set.of("id");

    private final XmlCursor cursor;
    private final Problems problems;

    /**
     * @param cursor   the document, standing on each event in turn
     * @param problems where values that cannot be read are recorded
     */
    EventReader(XmlCursor cursor, Problems problems) {
        this.cursor = cursor;
        this.problems = problems;
    }

    /**
     * @param day  the day it is listed under
     * @param room the name of the room it is listed under
     * @return the event the cursor stands on, read to its end; its time is null when it cannot be read
     */
    ScheduleEntry read(Day day, String room) {
        String id = cursor.attribute("id");
        String guid = cursor.attribute("guid");
        String code = cursor.attribute("code"); // pretalx's, kept when there is no id
        boolean codeIsId = blank(id) && !blank(code);
        String sourceId = codeIsId ? code : id;
        DocumentPlace label = blank(sourceId) ? new DocumentPlace("événement", "event") : DocumentPlace.event(sourceId.strip());
        DocumentPlace place = label.with(cursor.place());
        cursor.within(label);
        cursor.attributesNotKept(codeIsId ? ATTRIBUTES_AND_CODE : ATTRIBUTES, () -> place);
        Map<EventText, String> texts = new EnumMap<>(EventText.class);
        Map<EventText, Supplier<DocumentPlace>> places = new EnumMap<>(EventText.class); // of the time's texts
        List<EntryPerson> persons = new ArrayList<>();
        List<EntryLink> links = new ArrayList<>();
        List<EntryLink> attachments = new ArrayList<>();
        while (cursor.nextChild()) {
            String element = cursor.name();
            EventText text = EventText.of(element);
            if (text != null) {
                if (text.timed()) {
                    places.put(text, at(label));
                }
                texts.put(text, cursor.text());
            } else if (element.equals("persons")) {
                persons.addAll(persons(label));
            } else if (element.equals("links")) {
                links.addAll(references("link", LINK_ATTRIBUTES, label));
            } else if (element.equals("attachments")) {
                attachments.addAll(references("attachment", ATTACHMENT_ATTRIBUTES, label));
            } else {
                cursor.skipLeftover(NOT_KEPT, at(label));
            }
        }
        cursor.within(null);
        String roomName = blank(texts.get(EventText.ROOM)) ? room : texts.get(EventText.ROOM);
        return new ScheduleEntry(place, sourceId, guid, texts.get(EventText.TITLE), texts.get(EventText.SUBTITLE),
                texts.get(EventText.ABSTRACT), texts.get(EventText.DESCRIPTION), texts.get(EventText.LANGUAGE),
                texts.get(EventText.TYPE), texts.get(EventText.TRACK), roomName, time(day, texts, places, place),
                persons, false, Map.of(), texts.get(EventText.URL),
                allLinks(texts.get(EventText.LOGO), links, attachments), texts.get(EventText.SLUG));
    }

    /**
     * The logo, the links, then the attachments, whatever their order in the document, so that a
     * round trip through an export that writes them in another order gives the same list.
     */
    private static List<EntryLink> allLinks(String logo, List<EntryLink> links, List<EntryLink> attachments) {
        List<EntryLink> all = new ArrayList<>();
        if (!blank(logo)) {
            all.add(new EntryLink(logo.strip(), null, LinkKind.LOGO));
        }
        all.addAll(links);
        all.addAll(attachments);
        return all;
    }

    /**
     * {@code <link href="…" type="…">title</link>} or {@code <attachment href="…">title</attachment>}
     * each; a link's kind is its {@code type}, else what its title says ({@link LinkWords}); an
     * attachment is an attachment, whatever its {@code type} ({@code paper}, {@code slides}), which is
     * not kept.
     */
    private List<EntryLink> references(String name, Set<String> attributes, DocumentPlace label) {
        List<EntryLink> found = new ArrayList<>();
        while (cursor.nextChild()) {
            if (!cursor.name().equals(name)) {
                cursor.skipLeftover(Set.of(), at(label));
                continue;
            }
            cursor.attributesNotKept(attributes, at(label));
            String href = cursor.attribute("href");
            String type = cursor.attribute("type");
            String title = cursor.text();
            LinkKind kind = name.equals("attachment") ? LinkKind.ATTACHMENT : LinkWords.ofXml(type, title);
            found.add(new EntryLink(href, blank(title) ? null : title.strip(), kind));
        }
        return found;
    }

    /** {@code <person id="…">name</person>} each; a person's guid is not kept. */
    private List<EntryPerson> persons(DocumentPlace label) {
        List<EntryPerson> persons = new ArrayList<>();
        while (cursor.nextChild()) {
            if (!cursor.name().equals("person")) {
                cursor.skipLeftover(Set.of(), at(label));
                continue;
            }
            cursor.attributesNotKept(PERSON_ATTRIBUTES, at(label));
            String id = cursor.attribute("id");
            persons.add(new EntryPerson(blank(id) ? null : id.strip(), cursor.text(), null));
        }
        return persons;
    }

    /** The start and length, or null when one of them cannot be read (each problem is recorded). */
    private EntryTime time(Day day, Map<EventText, String> texts, Map<EventText, Supplier<DocumentPlace>> places,
                           DocumentPlace place) {
        String date = texts.get(EventText.DATE);
        Supplier<DocumentPlace> event = () -> place;
        Function<Duration, EntryTime> start = blank(date)
                ? fromStart(day, texts.get(EventText.START), places.getOrDefault(EventText.START, event), place)
                : fromDate(date, places.get(EventText.DATE));
        Optional<Duration> length = length(texts.get(EventText.DURATION), places.getOrDefault(EventText.DURATION, event));
        return start == null ? null : length.map(start).orElse(null);
    }

    /** From {@code <date>}: with an offset, an instant; without, the edition's wall clock; null if unreadable. */
    private Function<Duration, EntryTime> fromDate(String date, Supplier<DocumentPlace> at) {
        Optional<OffsetDateTime> withOffset = FrabValues.withOffset(date);
        if (withOffset.isPresent()) {
            return length -> EntryTime.at(withOffset.get().toInstant(), length);
        }
        Optional<LocalDateTime> local = FrabValues.local(date);
        if (local.isPresent()) {
            return length -> EntryTime.local(local.get(), length);
        }
        problems.add(at.get(), FrabValues.wrongFr("date", "une date et une heure avec leur décalage, telles que"
                + " 2026-01-29T09:00:00+00:00", date),
                FrabValues.wrong("date", "a date and time with an offset such as 2026-01-29T09:00:00+00:00",
                date));
        return null;
    }

    /** From {@code <start>}, a time of day on the date of its day, after the day change; null if unreadable. */
    private Function<Duration, EntryTime> fromStart(Day day, String start, Supplier<DocumentPlace> at,
                                                    DocumentPlace place) {
        if (blank(start)) {
            problems.add(place, "pas d'heure : l'événement n'a ni <date> ni <start>",
                    "no time: the event has neither <date> nor <start>");
            return null;
        }
        Optional<LocalTime> time = ScheduleTimes.timeOfDay(start);
        if (time.isEmpty()) {
            problems.add(at.get(), FrabValues.wrongFr("start", "une heure telle que 09:30", start),
                    FrabValues.wrong("start", "a time of day such as 09:30", start));
            return null;
        }
        if (day.date() == null) {
            problems.add(place, "pas de date : l'événement n'a pas de <date> et son <day> (" + day.place().french()
                    + ") n'a pas de date", "no date: the event has no <date> and its <day> (" + day.place().english()
                    + ") has no date");
            return null;
        }
        LocalDateTime wallClock = ScheduleTimes.underDay(day.date(), time.get(), day.dayChange());
        return length -> EntryTime.local(wallClock, length);
    }

    private Optional<Duration> length(String text, Supplier<DocumentPlace> place) {
        if (blank(text)) {
            problems.add(place.get(), "pas de durée : l'événement n'a pas de <duration>",
                    "no duration: the event has no <duration>");
            return Optional.empty();
        }
        Optional<Duration> length = ScheduleTimes.duration(text);
        if (length.isEmpty()) {
            problems.add(place.get(), FrabValues.wrongFr("duration", "une durée telle que 0:30, 00:30 ou 01:00:00", text),
                    FrabValues.wrong("duration", "a duration such as 0:30, 00:30 or 01:00:00", text));
        }
        return length;
    }

    /**
     * @return where the cursor stands, for messages: {@code event 1234 (line 16, column 7)}, written
     *         only if one needs it
     */
    private Supplier<DocumentPlace> at(DocumentPlace label) {
        Supplier<DocumentPlace> element = cursor.placeLater();
        return () -> label.with(element.get());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
