package org.digitalweek.event.export.frabjson;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.export.jsonread.JsonTrees;
import org.digitalweek.event.export.schedule.Conference;
import org.digitalweek.event.export.schedule.ScheduleBuilder;
import org.digitalweek.event.export.schedule.ScheduleEntry;
import org.digitalweek.event.export.schedule.ScheduleTimes;

/**
 * Reads the tree of a {@code schedule.json} v1, as frab and pretalx write it, into a schedule
 * builder: the conference, its rooms and tracks, and the events listed by day and room.
 */
final class FrabJsonSchedule {

    private final ScheduleBuilder builder;
    private final ImportContext context;
    private final List<ScheduleEntry> entries = new ArrayList<>();

    FrabJsonSchedule(ScheduleBuilder builder, ImportContext context) {
        this.builder = builder;
        this.context = context;
    }

    /**
     * @param document the document's root object, and where its nodes start
     * @throws org.digitalweek.event.domain.error.UnreadableDocumentException when there is no schedule to read
     */
    void read(JsonTrees.Located document) {
        Fields schedule = ScheduleRoot.open(document, "schedule.json", builder.problems(), builder.repairs());
        if (schedule.has("events")) {
            throw builder.problems().fatal(schedule.place("events"), "une liste plate « events » est propre à"
                    + " schedule2, pas à schedule.json : importez ce document avec le format schedule2", "a flat list of"
                    + " \"events\" is schedule2's, not schedule.json's: import this document with the schedule2 format");
        }
        Fields conference = ScheduleRoot.conference(schedule, builder.problems());
        String baseUrl = schedule.text("base_url");
        schedule.notKept("version");
        schedule.unknownRest();
        readConference(conference, baseUrl);
        entries.forEach(builder::add);
    }

    private void readConference(Fields c, String baseUrl) {
        String zoneName = c.text("time_zone_name");
        String description = c.text("description");
        builder.conference(new Conference(c.text("acronym"), c.text("title"), Texts.theme(description,
                c.place("description"), builder.repairs()), c.date("start"), c.date("end"), zoneName, null, null,
                null, c.place(), baseUrl));
        c.derived("daysCount", "timeslot_duration");
        c.notKept("url", "logo", "colors", "keywords", "meta");
        for (Fields room : c.elements("rooms", "room", "un objet avec « name »", "an object with \"name\"")) {
            builder.room(room.text("name"), room.whole("capacity"));
            room.derived("guid", "slug");
            room.notKept("description", "type", "stream_id", "url", "features", "parent");
            room.unknownRest();
        }
        for (Fields track : c.elements("tracks", "track", "un objet avec « name »", "an object with \"name\"")) {
            builder.track(track.text("name"));
            track.derived("slug", "guid");
            track.notKept("color", "colors", "type");
            track.unknownRest();
        }
        LocalTime dayChange = dayChange(c);
        Optional<ZoneId> zone = Offsets.zone(zoneName, context);
        for (Fields day : c.elements("days", "day", "un objet avec « date » et « rooms »",
                "an object with \"date\" and \"rooms\"")) {
            readDay(day, dayChange, zone);
        }
        c.unknownRest();
    }

    private void readDay(Fields day, LocalTime conferenceDayChange, Optional<ZoneId> zone) {
        day.derived("index");
        LocalDate date = day.date("date");
        JsonTimes.When start = day.dateTime("day_start");
        JsonTimes.When end = day.dateTime("day_end");
        FrabJsonEvent.Day listing = new FrabJsonEvent.Day(date, dayChange(date, start, end, conferenceDayChange));
        Optional<Fields> rooms = day.object("rooms", day.label(), "day");
        day.unknownRest();
        if (rooms.isEmpty()) {
            return;
        }
        for (String room : rooms.get().propertyNames()) {
            builder.room(room, null);
            List<JsonNode> events = rooms.get().array(room);
            for (int i = 0; i < events.size(); i++) {
                JsonNode event = events.get(i);
                Optional<Fields> fields = rooms.get().element(room, i, event, FrabJsonEvent.label(event), "event",
                        "un objet événement", "an event object");
                fields.ifPresent(f -> entries.add(new FrabJsonEvent(f, listing, room, zone).read()));
            }
        }
    }

    /** When a day of the schedule begins: its {@code day_start} when it ends on a later date, else the conference's. */
    private static LocalTime dayChange(LocalDate date, JsonTimes.When start, JsonTimes.When end, LocalTime otherwise) {
        if (date != null && start != null && end != null && end.wallClock().toLocalDate().isAfter(date)
                && start.wallClock().toLocalDate().equals(date)) {
            return start.wallClock().toLocalTime();
        }
        return otherwise;
    }

    private static LocalTime dayChange(Fields c) {
        String text = c.text("day_change");
        if (text == null) {
            return LocalTime.MIDNIGHT;
        }
        Optional<LocalTime> time = ScheduleTimes.timeOfDay(text);
        if (time.isEmpty()) {
            c.wrongValue("day_change", "une heure telle que « 04:00 »", "a time of day such as \"04:00\"", text);
        }
        return time.orElse(LocalTime.MIDNIGHT);
    }
}
