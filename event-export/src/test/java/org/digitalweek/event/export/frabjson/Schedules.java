package org.digitalweek.event.export.frabjson;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Small schedules written out in full for tests, with a place for one event's or the conference's changes. */
final class Schedules {

    private Schedules() {
    }

    /**
     * @param conference the conference's dates, time zone and more, each member followed by a comma
     * @param events     the events listed under Salle 1 on 29 January 2026, comma-separated
     * @return a {@code schedule.json} v1
     */
    static String v1(String conference, String events) {
        return """
                {
                  "$schema": "https://c3voc.de/schedule/schema.json",
                  "schedule": {
                    "version": "1.0",
                    "conference": {
                      "acronym": "demo2026",
                      "title": "Demo 2026",
                      %s
                      "days": [
                        {
                          "index": 1,
                          "date": "2026-01-29",
                          "day_start": "2026-01-29T04:00:00+00:00",
                          "day_end": "2026-01-30T03:59:00+00:00",
                          "rooms": {
                            "Salle 1": [%s]
                          }
                        }
                      ]
                    }
                  }
                }
                """.formatted(conference, events);
    }

    /** The usual conference members: two days in Bamako. */
    static final String BAMAKO = "\"start\": \"2026-01-29\", \"end\": \"2026-01-30\", \"time_zone_name\": \"Africa/Bamako\",";

    /** @return {@link #v1(String, String)} in Bamako with the given events */
    static String v1(String events) {
        return v1(BAMAKO, events);
    }

    /**
     * @param id      the event's id
     * @param changes pairs of a member's name and its JSON value, replacing the usual one; a null value removes it
     * @return a v1 event at 09:00 in Bamako for 45 minutes, with a guid, unless the changes say otherwise
     */
    static String v1Event(int id, String... changes) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("id", Integer.toString(id));
        members.put("guid", "\"guid-" + id + "\"");
        members.put("date", "\"2026-01-29T09:00:00+00:00\"");
        members.put("start", "\"09:00\"");
        members.put("duration", "\"00:45\"");
        members.put("room", "\"Salle 1\"");
        members.put("title", "\"Session " + id + "\"");
        members.put("type", "\"panel\"");
        members.put("language", "\"fr\"");
        members.put("persons", "[{\"id\": 7, \"public_name\": \"Awa Diallo\"}]");
        return object(members, changes);
    }

    /**
     * @param events the events, comma-separated
     * @return a {@code schedule2} in Bamako, with one room and one track
     */
    static String schedule2(String events) {
        return """
                {
                  "$schema": "https://c3voc.de/schema/schedule2",
                  "schedule": {
                    "version": "1",
                    "conference": {
                      "acronym": "demo2026",
                      "title": "Demo 2026",
                      "start": "2026-01-29T08:00:00+00:00",
                      "end": "2026-01-30T00:00:00+00:00",
                      "time_zone_name": "Africa/Bamako",
                      "languages": ["fr", "en"],
                      "defaults": {"language": "fr"},
                      "tracks": [{"name": "Gouvernance", "slug": "gouvernance"}],
                      "rooms": [{"name": "Salle 1", "slug": "salle-1", "guid": "room-1", "capacity": 300}],
                      "days": [{"index": 1, "date": "2026-01-29", "start": "2026-01-29T00:00:00+00:00",
                                "end": "2026-01-30T00:00:00+00:00"}]
                    },
                    "events": [%s]
                  }
                }
                """.formatted(events);
    }

    /**
     * @param guid    the event's guid
     * @param changes pairs of a member's name and its JSON value, replacing the usual one; a null value removes it
     * @return a schedule2 event at 09:00 for an hour in Salle 1, track Gouvernance, unless the changes say otherwise
     */
    static String schedule2Event(String guid, String... changes) {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("guid", "\"" + guid + "\"");
        members.put("type", "\"TALK\"");
        members.put("title", "\"Session " + guid + "\"");
        members.put("language", "\"fr\"");
        members.put("room", "{\"guid\": \"room-1\"}");
        members.put("track", "{\"slug\": \"gouvernance\"}");
        members.put("start", "\"2026-01-29T09:00:00+00:00\"");
        members.put("end", "\"2026-01-29T10:00:00+00:00\"");
        members.put("participants", "[{\"guid\": \"p-1\", \"name\": \"Awa Diallo\", \"role\": \"SPEAKER\"}]");
        return object(members, changes);
    }

    private static String object(Map<String, String> members, String... changes) {
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                members.remove(changes[i]);
            } else {
                members.put(changes[i], changes[i + 1]);
            }
        }
        StringJoiner json = new StringJoiner(", ", "{", "}");
        members.forEach((name, value) -> json.add("\"" + name + "\": " + value));
        return json.toString();
    }
}
