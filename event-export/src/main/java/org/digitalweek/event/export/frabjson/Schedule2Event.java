package org.digitalweek.event.export.frabjson;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.digitalweek.event.export.schedule.EntryLink;
import org.digitalweek.event.export.schedule.EntryPerson;
import org.digitalweek.event.export.schedule.EntryTexts;
import org.digitalweek.event.export.schedule.EntryTime;
import org.digitalweek.event.export.schedule.ScheduleEntry;
import org.digitalweek.event.export.schedule.ScheduleTimes;

/**
 * One event of a {@code schedule2}: {@code start} and {@code end} with offsets, a room and a track by
 * reference, texts that may be translated, participants with roles, a {@code state}. The texts in the
 * event's language (else the conference's) are the entry's; the others are its translations.
 */
final class Schedule2Event {

    private static final Set<String> CANCELLED = Set.of("CANCELED", "CANCELLED", "WITHDRAWN", "DELETED", "REJECTED");
    private static final Set<String> SCHEDULED = Set.of("CONFIRMED", "SCHEDULED");

    private final Fields event;
    private final Schedule2Conference conference;

    Schedule2Event(Fields event, Schedule2Conference conference) {
        this.event = event;
        this.conference = conference;
    }

    /**
     * @param event an event's value
     * @return what to call it in messages: {@code event HQCCYH}, after its code, id or guid
     */
    static String label(JsonNode event) {
        return JsonValues.label(event, "code", "id", "guid");
    }

    /** @return the entry; its time is null when it could not be read (the problem is said) */
    ScheduleEntry read() {
        String code = event.identifier("code");
        String id = event.identifier("id");
        String guid = event.text("guid");
        String type = type();
        boolean cancelled = cancelled();
        EntryTime time = time();
        String room = room();
        String track = track();
        String spoken = event.text("language");
        Translated title = Translated.of(event, "title");
        Translated subtitle = Translated.of(event, "subtitle");
        Translated summary = Translated.of(event, "abstract");
        Translated description = Translated.of(event, "description");
        List<EntryPerson> persons = Persons.of(event, event.has("participants") || !event.has("persons")
                ? "participants" : "persons", Schedule2Event::role);
        String page = References.page(event);
        List<EntryLink> links = References.of(event);
        String slug = event.text("slug");
        event.notKept("feedback_url", "origin_url", "do_not_record", "do_not_stream", "recording_license", "answers");
        event.unknownRest();
        List<Translated> texts = List.of(title, subtitle, summary, description);
        String main = mainLanguage(spoken, texts);
        String mainTitle = title.in(main);
        if (mainTitle == null && !title.languages().isEmpty()) {
            main = title.languages().iterator().next();
            mainTitle = title.in(main);
        }
        boolean saidLanguage = spoken != null || main == null || main.equals(conference.language());
        return new ScheduleEntry(event.place(), code != null ? code : id, guid, mainTitle, subtitle.in(main),
                summary.in(main), description.in(main), saidLanguage ? spoken : main, type, track, room, time,
                persons, cancelled, translations(main, texts), page, links, slug);
    }

    /** The event's language, else the conference's, else the first a text is translated into. */
    private String mainLanguage(String spoken, List<Translated> texts) {
        if (spoken != null && !spoken.isBlank()) {
            return spoken.strip();
        }
        if (conference.language() != null) {
            return conference.language();
        }
        return texts.stream().flatMap(t -> t.languages().stream()).findFirst().orElse(null);
    }

    private static Map<String, EntryTexts> translations(String main, List<Translated> texts) {
        Set<String> languages = new LinkedHashSet<>();
        texts.forEach(t -> languages.addAll(t.languages()));
        languages.removeIf(l -> main != null && l.equalsIgnoreCase(main));
        Map<String, EntryTexts> translations = new LinkedHashMap<>();
        for (String language : languages) {
            translations.put(language, new EntryTexts(texts.get(0).byLanguage().get(language),
                    texts.get(1).byLanguage().get(language), texts.get(2).byLanguage().get(language),
                    texts.get(3).byLanguage().get(language)));
        }
        return translations;
    }

    /** The type word as written, kept as the session's source word; the builder knows schedule2's words. */
    private String type() {
        return event.text("type");
    }

    /** {@code HOST} presides (this project's exporter writes it so); the builder knows the other roles, or says. */
    private static String role(String role) {
        return role.strip().equalsIgnoreCase("HOST") ? "presides" : role;
    }

    private boolean cancelled() {
        String state = event.text("state");
        if (state == null || SCHEDULED.contains(state.strip().toUpperCase(Locale.ROOT))) {
            return false;
        }
        String upper = state.strip().toUpperCase(Locale.ROOT);
        if (upper.equals("CANCELED") || upper.equals("CANCELLED")) {
            return true;
        }
        boolean cancelled = CANCELLED.contains(upper);
        String fr = cancelled ? "annulée" : "confirmée";
        String en = cancelled ? "cancelled" : "confirmed";
        event.repairs().addRepeated("state " + upper, event.place("state"), "état « " + state + " » lu comme "
                + "session " + fr, "state '" + state + "' read as " + en);
        return cancelled;
    }

    private EntryTime time() {
        JsonTimes.When start = event.dateTime("start");
        if (start == null) {
            if (!event.has("start")) {
                event.problems().add(event.place("start"), "pas de « start » : attendu une date et une heure"
                        + " telles que « 2024-12-27T10:30:00+01:00 »", "no \"start\": expected a date and time such"
                        + " as \"2024-12-27T10:30:00+01:00\"");
            }
            event.derived("end", "duration");
            return null;
        }
        Duration length = length(start);
        if (length == null) {
            return null;
        }
        return Offsets.entryTime(start, length, conference.zone(), event);
    }

    private Duration length(JsonTimes.When start) {
        if (!event.has("end") && event.has("duration")) {
            String text = event.text("duration");
            Optional<Duration> duration = text == null ? Optional.empty() : ScheduleTimes.duration(text);
            if (text != null && duration.isEmpty()) {
                event.wrongValue("duration", "une durée telle que « PT45M » ou « 00:45 »",
                        "a duration such as \"PT45M\" or \"00:45\"", text);
            }
            return duration.orElse(null);
        }
        event.derived("duration");
        JsonTimes.When end = event.dateTime("end");
        if (end == null) {
            if (!event.has("end")) {
                event.problems().add(event.place("end"), "pas de « end » : attendu une date et une heure"
                        + " telles que « 2024-12-27T11:00:00+01:00 »", "no \"end\": expected a date and time such as"
                        + " \"2024-12-27T11:00:00+01:00\"");
            }
            return null;
        }
        Duration length = JsonTimes.between(start, end);
        if (length.isNegative()) {
            event.problems().add(event.place("end"), "l'événement finit avant de commencer",
                    "the event ends before it starts");
            return null;
        }
        return length;
    }

    /** The room: by guid among the conference's rooms, else by the name given, else by slug. */
    private String room() {
        JsonNode value = event.value("room").orElse(null);
        if (value == null) {
            return null;
        }
        if (value.isString()) {
            event.repairs().addRepeated("room by name", event.place("room"), "salle donnée par son nom, sans"
                    + " référence", "room given by name, not as a reference {\"guid\": …}");
            return value.stringValue();
        }
        Optional<Fields> reference = event.object("room", event.label(), "room");
        if (reference.isEmpty()) {
            return null;
        }
        Fields r = reference.get();
        String guid = r.text("guid");
        String name = r.text("name");
        String slug = r.text("slug");
        r.unknownRest();
        Optional<String> found = conference.roomByGuid(guid).or(() -> Optional.ofNullable(name))
                .or(() -> conference.roomBySlug(slug));
        if (found.isEmpty() && (guid != null || slug != null)) {
            event.repairs().addRepeated("unknown room", event.place("room"),
                    "salle inconnue de la conférence : sans salle",
                    "a room the conference does not list: no room");
        }
        return found.orElse(null);
    }

    /** The track: by slug among the conference's tracks, else by the name given, else named after its slug. */
    private String track() {
        JsonNode value = event.value("track").orElse(null);
        if (value == null) {
            return null;
        }
        if (value.isString()) {
            event.repairs().addRepeated("track by name", event.place("track"), "parcours donné par son nom, sans"
                    + " référence", "track given by name, not as a reference {\"slug\": …}");
            return value.stringValue();
        }
        Optional<Fields> reference = event.object("track", event.label(), "track");
        if (reference.isEmpty()) {
            return null;
        }
        String slug = reference.get().text("slug");
        String name = reference.get().text("name");
        reference.get().unknownRest();
        if (conference.isNoTrack(slug)) {
            return null;
        }
        Optional<String> found = conference.trackBySlug(slug).or(() -> Optional.ofNullable(name));
        if (found.isEmpty() && slug != null) {
            event.repairs().addRepeated("track slug " + slug, event.place("track"), "parcours « " + slug
                    + " » inconnu de la conférence : nommé d'après lui", "track '" + slug + "' the conference does not"
                    + " list: named after its slug");
            return slug;
        }
        return found.orElse(null);
    }
}
