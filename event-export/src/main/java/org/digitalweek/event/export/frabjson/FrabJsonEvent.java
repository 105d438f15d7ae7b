package org.digitalweek.event.export.frabjson;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.digitalweek.event.export.schedule.EntryTime;
import org.digitalweek.event.export.schedule.ScheduleEntry;
import org.digitalweek.event.export.schedule.ScheduleTimes;

/**
 * One event of a {@code schedule.json} v1. Its start is its {@code date} (ISO 8601, with an offset
 * as frab and pretalx write it); without one, the day's date and the event's {@code start}, past
 * midnight when before the day change. Its length is its {@code duration} ({@code 00:45},
 * {@code 0:45}, {@code 00:45:00}, {@code PT45M}), else the time to its {@code end}.
 */
final class FrabJsonEvent {

    /**
     * The day an event is listed under.
     *
     * @param date      its date, if readable
     * @param dayChange when a day of the schedule begins
     */
    record Day(LocalDate date, LocalTime dayChange) {
    }

    private final Fields event;
    private final Day day;
    private final String listedRoom;
    private final Optional<ZoneId> zone;

    /**
     * @param event      the event's fields
     * @param day        the day it is listed under
     * @param listedRoom the room it is listed under
     * @param zone       the edition's zone, if known, to check offsets against
     */
    FrabJsonEvent(Fields event, Day day, String listedRoom, Optional<ZoneId> zone) {
        this.event = event;
        this.day = day;
        this.listedRoom = listedRoom;
        this.zone = zone;
    }

    /**
     * @param event an event's value
     * @return what to call it in messages: {@code event 10386}, after its id, guid or code
     */
    static String label(JsonNode event) {
        return JsonValues.label(event, "id", "guid", "code");
    }

    /** @return the entry; its time is null when it could not be read (the problem is said) */
    ScheduleEntry read() {
        String id = event.identifier("id");
        String code = event.identifier("code");
        String room = event.text("room");
        EntryTime time = time();
        ScheduleEntry entry = new ScheduleEntry(event.place(), id != null ? id : code, event.text("guid"),
                event.text("title"), event.text("subtitle"), event.text("abstract"), event.text("description"),
                event.text("language"), event.text("type"), event.text("track"), room != null ? room : listedRoom,
                time, Persons.of(event, "persons"), false, Map.of(), References.page(event), References.of(event),
                event.text("slug"));
        event.notKept("answers", "recording_license", "do_not_record", "do_not_stream", "feedback_url",
                "origin_url", "video_download_url");
        event.unknownRest();
        return entry;
    }

    private EntryTime time() {
        JsonTimes.When start = start();
        Duration length = length(start);
        if (start == null || length == null) {
            return null;
        }
        return Offsets.entryTime(start, length, zone, event);
    }

    private JsonTimes.When start() {
        boolean dated = event.has("date");
        JsonTimes.When date = event.dateTime("date");
        String clock = event.text("start");
        if (dated) {
            if (date != null && date.withOffset() == null) {
                event.repairs().addRepeated("date without offset", event.place("date"), "« date » sans décalage"
                        + " horaire : lue à l'heure du fuseau de l'édition", "\"date\" without an offset: read on the"
                        + " clock of the edition's time zone");
            }
            return date;
        }
        if (clock == null) {
            event.problems().add(event.place("date"), "pas de début : attendu « date », par exemple"
                    + " « 2019-08-21T11:00:00+02:00 », ou « start », par exemple « 11:00 », sous un jour qui a une"
                    + " date", "no start: expected \"date\" such as \"2019-08-21T11:00:00+02:00\", or \"start\""
                    + " such as \"11:00\" under a day with a date");
            return null;
        }
        Optional<LocalTime> time = ScheduleTimes.timeOfDay(clock);
        if (time.isEmpty()) {
            event.wrongValue("start", "une heure telle que « 11:00 »", "a time of day such as \"11:00\"", clock);
            return null;
        }
        if (day.date() == null) {
            event.problems().add(event.place("start"), "pas de date pour « start » : l'événement n'a pas de"
                    + " « date », et son jour non plus", "no date for \"start\": the event has no \"date\" and its"
                    + " day none either");
            return null;
        }
        event.repairs().addRepeated("start under day", event.place(), "pas de « date » : début tiré de la date du"
                + " jour et de « start »", "no \"date\": the start is the day's date and \"start\"");
        return new JsonTimes.When(null, ScheduleTimes.underDay(day.date(), time.get(), day.dayChange()));
    }

    private Duration length(JsonTimes.When start) {
        String text = event.text("duration");
        if (text != null) {
            event.derived("end");
            Optional<Duration> duration = ScheduleTimes.duration(text);
            if (duration.isEmpty()) {
                event.wrongValue("duration", "une durée telle que « 00:45 », « 0:45:00 » ou « PT45M »",
                        "a duration such as \"00:45\", \"0:45:00\" or \"PT45M\"", text);
            }
            return duration.orElse(null);
        }
        JsonTimes.When end = event.dateTime("end");
        if (end == null) {
            if (!event.has("end")) {
                event.problems().add(event.place("duration"), "pas de durée : attendu « duration », par exemple"
                        + " « 00:45 », ou « end »", "no length: expected \"duration\" such as \"00:45\", or \"end\"");
            }
            return null;
        }
        if (start == null) {
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
}
