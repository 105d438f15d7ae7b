package org.digitalweek.event.export.schedule;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.digitalweek.event.domain.error.DocumentPlace;

/**
 * One event of a schedule as read, before any repair. Text parts may be absent (null) or blank.
 *
 * @param place        where it is, for messages: {@code event 1234} or {@code line 40, column 1 (VEVENT 3)}
 * @param sourceId     its id in the schedule, if any
 * @param guid         its guid or UID, if any
 * @param title        its title
 * @param subtitle     its subtitle
 * @param summary      its abstract
 * @param description  its longer description
 * @param language     the language it is held in, as the schedule writes it
 * @param type         its kind, as the schedule writes it ({@code lecture}, {@code workshop}, …)
 * @param track        the name of its track
 * @param room         the name of its room
 * @param time         when, if it could be read; null makes it a problem of the document
 * @param persons      who takes part, in the schedule's order
 * @param cancelled    whether the schedule marks it cancelled
 * @param translations the texts in other languages than {@code language}, by language tag as the
 *                     schedule writes it; the texts above win over a translation into their own language
 * @param url          its public page, as written: absolute, or relative to the schedule's base address
 *                     ({@link Conference#baseUrl()}); null when none
 * @param links        its live stream, slides, recording, attachments, …, in the schedule's order
 * @param slug         its slug in the schedule, if any (null)
 */
public record ScheduleEntry(DocumentPlace place, String sourceId, String guid, String title, String subtitle,
                            String summary, String description, String language, String type, String track,
                            String room, EntryTime time, List<EntryPerson> persons, boolean cancelled,
                            Map<String, EntryTexts> translations, String url, List<EntryLink> links,
                            String slug) {

    /** Copies the persons, the translations and the links, keeping their order. */
    public ScheduleEntry {
        Objects.requireNonNull(place, "'place' must not be null");
        persons = persons == null ? List.of() : List.copyOf(persons);
        translations = translations == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(translations));
        links = links == null ? List.of() : List.copyOf(links);
    }

    /**
     * An entry with no page, link or slug; the parameters are the record's.
     *
     * @param place        where it is, for messages
     * @param sourceId     its id in the schedule, if any
     * @param guid         its guid or UID, if any
     * @param title        its title
     * @param subtitle     its subtitle
     * @param summary      its abstract
     * @param description  its longer description
     * @param language     the language it is held in
     * @param type         its kind
     * @param track        the name of its track
     * @param room         the name of its room
     * @param time         when, if it could be read
     * @param persons      who takes part
     * @param cancelled    whether the schedule marks it cancelled
     * @param translations the texts in other languages, by language tag
     */
    public ScheduleEntry(DocumentPlace place, String sourceId, String guid, String title, String subtitle, String summary,
                         String description, String language, String type, String track, String room,
                         EntryTime time, List<EntryPerson> persons, boolean cancelled,
                         Map<String, EntryTexts> translations) {
        this(place, sourceId, guid, title, subtitle, summary, description, language, type, track, room, time,
                persons, cancelled, translations, null, List.of(), null);
    }

    /**
     * An entry whose texts are in one language only; the parameters are the record's.
     *
     * @param place       where it is, for messages
     * @param sourceId    its id in the schedule, if any
     * @param guid        its guid or UID, if any
     * @param title       its title
     * @param subtitle    its subtitle
     * @param summary     its abstract
     * @param description its longer description
     * @param language    the language it is held in
     * @param type        its kind
     * @param track       the name of its track
     * @param room        the name of its room
     * @param time        when, if it could be read
     * @param persons     who takes part
     * @param cancelled   whether the schedule marks it cancelled
     */
    public ScheduleEntry(DocumentPlace place, String sourceId, String guid, String title, String subtitle, String summary,
                         String description, String language, String type, String track, String room,
                         EntryTime time, List<EntryPerson> persons, boolean cancelled) {
        this(place, sourceId, guid, title, subtitle, summary, description, language, type, track, room, time,
                persons, cancelled, Map.of());
    }

    /**
     * @param newTitle     the title it now has
     * @param newSubtitle  the subtitle it now has
     * @param newTime      when it now is
     * @param nowCancelled whether it is now marked cancelled
     * @return this entry with these parts changed, and every other part kept
     */
    public ScheduleEntry with(String newTitle, String newSubtitle, EntryTime newTime, boolean nowCancelled) {
        return new ScheduleEntry(place, sourceId, guid, newTitle, newSubtitle, summary, description, language, type,
                track, room, newTime, persons, nowCancelled, translations, url, links, slug);
    }
}
