package org.digitalweek.event.export.frabjson;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.export.schedule.Conference;
import org.digitalweek.event.export.schedule.ScheduleBuilder;

/**
 * The {@code conference} of a {@code schedule2}: its rooms (with capacity, by guid and slug), its
 * tracks (by slug), its languages and the default one, and what the events refer to.
 */
final class Schedule2Conference {

    /** The slug of the stand-in track this project's exporter gives sessions without one, and its names. */
    private static final String NO_TRACK = "no-track";
    private static final Set<String> NO_TRACK_NAMES = Set.of("Sans piste", "No track");

    private final ScheduleBuilder builder;
    private final ImportContext context;
    private final Map<String, String> roomsByGuid = new HashMap<>();
    private final Map<String, String> roomsBySlug = new HashMap<>();
    private final Map<String, String> tracksBySlug = new HashMap<>();
    private final Set<String> noTrack = new LinkedHashSet<>();
    private String language;
    private Optional<ZoneId> zone = Optional.empty();
    private boolean eventsUnderDays;

    Schedule2Conference(ScheduleBuilder builder, ImportContext context) {
        this.builder = builder;
        this.context = context;
    }

    /**
     * @param c       the conference's fields
     * @param baseUrl the schedule's {@code base_url}, which the events' relative addresses are relative to (null)
     */
    void read(Fields c, String baseUrl) {
        String zoneName = c.text("time_zone_name");
        zone = Offsets.zone(zoneName, context);
        language = language(c);
        Translated description = Translated.of(c, "description");
        Set<String> venues = new LinkedHashSet<>();
        for (Fields track : c.elements("tracks", "track", "un objet avec « name » et « slug »",
                "an object with \"name\" and \"slug\"")) {
            readTrack(track);
        }
        for (Fields room : c.elements("rooms", "room", "un objet avec « name » et « guid »",
                "an object with \"name\" and \"guid\"")) {
            readRoom(room, venues);
        }
        for (Fields day : c.elements("days", "day", "un objet avec « date »", "an object with \"date\"")) {
            eventsUnderDays |= day.has("rooms");
            day.derived("index", "date", "start", "end", "rooms");
            day.unknownRest();
        }
        if (venues.size() > 1) {
            builder.repairs().add(c.place("rooms"), "salles dans plusieurs bâtiments " + venues + " : un seul lieu",
                    "rooms in several buildings " + venues + ": one venue");
        }
        builder.conference(new Conference(c.text("acronym"), c.text("title"), theme(description, c),
                c.date("start"), lastDay(c), zoneName, null,
                venues.size() == 1 ? venues.iterator().next() : null, language, c.place(), baseUrl));
        c.derived("timeslot_duration");
        c.notKept("url", "logo", "colors", "keywords", "meta");
        c.unknownRest();
    }

    /** @return whether days list events by room, as {@code schedule.json} v1 does */
    boolean eventsUnderDays() {
        return eventsUnderDays;
    }

    /** @return the language of texts that say none: the conference's default, else its first; null when none */
    String language() {
        return language;
    }

    /** @return the edition's zone, if known, to check offsets against */
    Optional<ZoneId> zone() {
        return zone;
    }

    /**
     * @param guid a room's guid, or null
     * @return the name of the conference's room with that guid
     */
    Optional<String> roomByGuid(String guid) {
        return Optional.ofNullable(guid == null ? null : roomsByGuid.get(guid.strip()));
    }

    /**
     * @param slug a room's slug, or null
     * @return the name of the conference's room with that slug
     */
    Optional<String> roomBySlug(String slug) {
        return Optional.ofNullable(slug == null ? null : roomsBySlug.get(slug.strip()));
    }

    /**
     * @param slug a track's slug
     * @return the name of the conference's track with that slug
     */
    Optional<String> trackBySlug(String slug) {
        return Optional.ofNullable(slug == null ? null : tracksBySlug.get(slug.strip()));
    }

    /**
     * @param slug a track's slug
     * @return whether it is the stand-in track of this project's exports: no track
     */
    boolean isNoTrack(String slug) {
        return slug != null && noTrack.contains(slug.strip());
    }

    private void readTrack(Fields track) {
        String name = track.text("name");
        String slug = track.text("slug");
        track.derived("guid");
        track.notKept("color", "colors", "type");
        track.unknownRest();
        if (slug != null && slug.strip().startsWith(NO_TRACK) && name != null && NO_TRACK_NAMES.contains(name.strip())) {
            noTrack.add(slug.strip());
            builder.repairs().add(track.place(), "parcours « " + name + " » : les sessions sans parcours de ce"
                    + " projet", "track '" + name + "': this project's sessions without a track");
            return;
        }
        builder.track(name);
        if (slug != null && name != null) {
            tracksBySlug.put(slug.strip(), name.strip());
        }
    }

    private void readRoom(Fields room, Set<String> venues) {
        String name = room.text("name");
        String guid = room.text("guid");
        String slug = room.text("slug");
        builder.room(name, room.whole("capacity"));
        if (name != null && guid != null) {
            roomsByGuid.put(guid.strip(), name.strip());
        }
        if (name != null && slug != null) {
            roomsBySlug.put(slug.strip(), name.strip());
        }
        room.object("parent", room.label(), "building").ifPresent(parent -> {
            String venue = parent.text("name");
            if (venue != null && !venue.isBlank()) {
                venues.add(venue.strip());
            }
            parent.derived("type", "slug", "guid", "url");
            parent.unknownRest();
        });
        room.notKept("description", "type", "stream_id", "url", "features");
        room.unknownRest();
    }

    private String language(Fields c) {
        List<JsonNode> languages = c.array("languages");
        String first = null;
        for (int i = 0; i < languages.size(); i++) {
            JsonNode value = languages.get(i);
            if (value.isString()) {
                first = first == null ? value.stringValue() : first;
            } else {
                c.problems().add(c.place("languages", i), "type erroné pour un élément de « languages » :"
                        + " attendu un code de langue tel que « en », trouvé " + JsonValues.foundFr(value), "wrong type"
                        + " for an element of \"languages\": expected a language code such as \"en\", found "
                        + JsonValues.found(value));
            }
        }
        String chosen = c.object("defaults", c.label(), "defaults").map(defaults -> {
            String language = defaults.text("language");
            defaults.derived("theme");
            defaults.unknownRest();
            return language;
        }).orElse(null);
        return chosen != null && !chosen.isBlank() ? chosen : first;
    }

    /** The description in the conference's language (else its first), whose first paragraph is the theme; others are said. */
    private String theme(Translated description, Fields c) {
        Set<String> others = new LinkedHashSet<>(description.languages());
        String text = description.in(language);
        if (text == null && !others.isEmpty()) {
            text = description.byLanguage().get(others.iterator().next());
        }
        String kept = text;
        others.removeIf(l -> description.byLanguage().get(l).equals(kept));
        if (!others.isEmpty()) {
            builder.repairs().add(c.place("description"), "description en " + others + " non conservée : le thème"
                    + " est lu dans une langue", "the description in " + others + " not kept: the theme is read in"
                    + " one language");
        }
        return Texts.theme(text, c.place("description"), builder.repairs());
    }

    /** The last day: the date of {@code end}, the day before when it ends at midnight. */
    private static LocalDate lastDay(Fields c) {
        String text = c.text("end");
        if (text == null) {
            return null;
        }
        Optional<JsonTimes.When> when = JsonTimes.dateTime(text);
        if (when.isPresent()) {
            boolean midnight = when.get().wallClock().toLocalTime().equals(LocalTime.MIDNIGHT);
            LocalDate date = when.get().wallClock().toLocalDate();
            return midnight ? date.minusDays(1) : date;
        }
        Optional<LocalDate> date = JsonTimes.date(text);
        if (date.isEmpty()) {
            c.wrongValue("end", "une date et une heure telles que « 2024-12-30T17:45:00+01:00 »",
                    "a date and time such as \"2024-12-30T17:45:00+01:00\"", text);
        }
        return date.orElse(null);
    }

}
