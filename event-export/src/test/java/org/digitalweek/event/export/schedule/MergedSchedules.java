package org.digitalweek.event.export.schedule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.export.frab.FrabXmlImporter;
import org.digitalweek.event.export.frabjson.FrabJsonImporter;
import org.digitalweek.event.export.frabjson.Schedule2Importer;
import org.digitalweek.event.export.ics.ICalendarImporter;

/**
 * One schedule of talks written in each schedule format the importers read, as a schedule merged from
 * several systems would be: people are given by the source's id and their name, and one id may carry
 * several names. Everything happens on 10 March 2026 in Bamako (UTC).
 */
final class MergedSchedules {

    /** Where the talks are, in the order the formats list their rooms. */
    static final List<String> ROOMS = List.of("Hall A", "Hall B", "Hall C");

    /**
     * A person as the source writes them.
     *
     * @param id   the source's id; null for none
     * @param name the name
     */
    record Speaker(String id, String name) {
    }

    /**
     * A talk.
     *
     * @param number   its id in the source; its title is {@code Talk <number>}
     * @param room     one of {@link #ROOMS}
     * @param start    when it starts
     * @param minutes  how long it lasts
     * @param speakers who speaks, in order
     */
    record Talk(int number, String room, LocalTime start, int minutes, List<Speaker> speakers) {

        /** @return the title every format gives it */
        String title() {
            return "Talk " + number;
        }
    }

    /**
     * A schedule format, with its importer and a writer of talks in it.
     *
     * @param id       the format's id
     * @param importer its importer
     * @param writer   writes talks as a document of the format
     */
    record Format(String id, Importer importer, Function<List<Talk>, String> writer) {

        /** @return the format's id, for test names */
        @Override
        public String toString() {
            return id;
        }
    }

    /** The four schedule formats. */
    static final List<Format> FORMATS = List.of(
            new Format("frab-xml", new FrabXmlImporter(), MergedSchedules::frabXml),
            new Format("frab-json", new FrabJsonImporter(), MergedSchedules::frabJson),
            new Format("schedule2", new Schedule2Importer(), MergedSchedules::schedule2),
            new Format("ics", new ICalendarImporter(), MergedSchedules::calendar));

    private static final ImportContext CONTEXT = ImportContext.named("merged")
            .withDefaultZone(ZoneId.of("Africa/Bamako"));

    private MergedSchedules() {
    }

    /**
     * @param format a format
     * @param talks  the talks
     * @return what the format's importer reads from them
     */
    static ImportResult read(Format format, List<Talk> talks) {
        byte[] document = format.writer().apply(talks).getBytes(StandardCharsets.UTF_8);
        try {
            return format.importer().read(new ByteArrayInputStream(document), CONTEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the draft validated and made an edition, as the import use case does */
    static PublicEdition edition(ImportResult result) {
        return Drafts.toEdition(Validators.inputValidator().check("merged", result.edition()));
    }

    /** @return each session's speakers by name, in order, by the session's title */
    static Map<String, List<String>> speakers(PublicEdition edition) {
        Map<OfficialId, String> names = new HashMap<>();
        edition.officials().forEach(o -> names.put(o.id(), o.fullName()));
        Map<String, List<String>> speakers = new LinkedHashMap<>();
        for (Session session : edition.sessions()) {
            speakers.put(session.title().resolve("en"),
                    session.participants().stream().map(p -> names.get(p.official())).toList());
        }
        return speakers;
    }

    /** @return each talk's speakers by name, in order, by the talk's title */
    static Map<String, List<String>> speakers(List<Talk> talks) {
        Map<String, List<String>> speakers = new LinkedHashMap<>();
        talks.forEach(t -> speakers.put(t.title(), t.speakers().stream().map(Speaker::name).toList()));
        return speakers;
    }

    /** @return the officials' names by id */
    static Map<String, String> officials(PublicEdition edition) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Official official : edition.officials()) {
            names.put(official.id().value(), official.fullName());
        }
        return names;
    }

    static String frabXml(List<Talk> talks) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <schedule>
                  <version>1</version>
                  <conference>
                    <acronym>merged</acronym>
                    <title>Merged</title>
                    <start>2026-03-10</start>
                    <end>2026-03-10</end>
                    <time_zone_name>Africa/Bamako</time_zone_name>
                    <city>Bamako</city>
                  </conference>
                  <day index="1" date="2026-03-10" start="2026-03-10T04:00:00+00:00" end="2026-03-11T04:00:00+00:00">
                """);
        for (String room : ROOMS) {
            xml.append("    <room name=\"").append(room).append("\">\n");
            for (Talk talk : inRoom(talks, room)) {
                xml.append("      <event guid=\"").append(guid(talk)).append("\" id=\"").append(talk.number())
                        .append("\">\n        <date>2026-03-10T").append(talk.start()).append(":00+00:00</date>\n")
                        .append("        <duration>").append(duration(talk)).append("</duration>\n")
                        .append("        <title>").append(talk.title()).append("</title>\n        <persons>\n");
                for (Speaker speaker : talk.speakers()) {
                    xml.append("          <person").append(speaker.id() == null ? "" : " id=\"" + speaker.id() + "\"")
                            .append('>').append(escapeXml(speaker.name())).append("</person>\n");
                }
                xml.append("        </persons>\n      </event>\n");
            }
            xml.append("    </room>\n");
        }
        return xml.append("  </day>\n</schedule>\n").toString();
    }

    static String frabJson(List<Talk> talks) {
        StringJoiner rooms = new StringJoiner(", ");
        for (String room : ROOMS) {
            StringJoiner events = new StringJoiner(", ");
            for (Talk talk : inRoom(talks, room)) {
                StringJoiner persons = new StringJoiner(", ");
                talk.speakers().forEach(s -> persons.add((s.id() == null ? "{" : "{\"id\": " + json(s.id()) + ", ")
                        + "\"public_name\": " + json(s.name()) + "}"));
                events.add("{\"id\": " + talk.number() + ", \"guid\": \"" + guid(talk) + "\", \"date\": \"2026-03-10T"
                        + talk.start() + ":00+00:00\", \"start\": \"" + talk.start() + "\", \"duration\": \""
                        + duration(talk) + "\", \"room\": " + json(room) + ", \"title\": " + json(talk.title())
                        + ", \"type\": \"lecture\", \"language\": \"en\", \"persons\": [" + persons + "]}");
            }
            rooms.add(json(room) + ": [" + events + "]");
        }
        return """
                {"schedule": {"version": "1", "conference": {"acronym": "merged", "title": "Merged",
                  "start": "2026-03-10", "end": "2026-03-10", "time_zone_name": "Africa/Bamako",
                  "days": [{"index": 1, "date": "2026-03-10", "day_start": "2026-03-10T04:00:00+00:00",
                    "day_end": "2026-03-11T03:59:00+00:00", "rooms": {%s}}]}}}
                """.formatted(rooms);
    }

    static String schedule2(List<Talk> talks) {
        StringJoiner rooms = new StringJoiner(", ");
        ROOMS.forEach(r -> rooms.add("{\"name\": " + json(r) + ", \"guid\": " + json(roomGuid(r)) + "}"));
        StringJoiner events = new StringJoiner(", ");
        for (Talk talk : talks) {
            StringJoiner persons = new StringJoiner(", ");
            talk.speakers().forEach(s -> persons.add((s.id() == null ? "{" : "{\"guid\": " + json(s.id()) + ", ")
                    + "\"name\": " + json(s.name()) + ", \"role\": \"SPEAKER\"}"));
            events.add("{\"guid\": \"" + guid(talk) + "\", \"type\": \"TALK\", \"title\": " + json(talk.title())
                    + ", \"language\": \"en\", \"room\": {\"guid\": " + json(roomGuid(talk.room())) + "}, \"start\": "
                    + "\"2026-03-10T" + talk.start() + ":00+00:00\", \"end\": \"2026-03-10T"
                    + talk.start().plusMinutes(talk.minutes()) + ":00+00:00\", \"participants\": [" + persons + "]}");
        }
        return """
                {"$schema": "https://c3voc.de/schema/schedule2", "schedule": {"version": "1",
                  "conference": {"acronym": "merged", "title": "Merged", "start": "2026-03-10T00:00:00+00:00",
                    "end": "2026-03-11T00:00:00+00:00", "time_zone_name": "Africa/Bamako", "rooms": [%s],
                    "days": [{"index": 1, "date": "2026-03-10", "start": "2026-03-10T00:00:00+00:00",
                      "end": "2026-03-11T00:00:00+00:00"}]},
                  "events": [%s]}}
                """.formatted(rooms, events);
    }

    /** People are {@code ATTENDEE;CN=name:mailto:id@…}; a person without an id has one shared address. */
    static String calendar(List<Talk> talks) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//merged//EN\r\n");
        for (Talk talk : talks) {
            ics.append("BEGIN:VEVENT\r\nUID:").append(guid(talk)).append("\r\nDTSTAMP:20260101T000000Z\r\n")
                    .append("DTSTART:").append(utc(talk.start())).append("\r\nDTEND:")
                    .append(utc(talk.start().plusMinutes(talk.minutes()))).append("\r\nSUMMARY:").append(talk.title())
                    .append("\r\nLOCATION:").append(talk.room()).append("\r\n");
            for (Speaker speaker : talk.speakers()) {
                ics.append("ATTENDEE;CN=\"").append(speaker.name()).append("\":mailto:")
                        .append(speaker.id() == null ? "nobody" : "p" + speaker.id()).append("@example.org\r\n");
            }
            ics.append("END:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString();
    }

    private static List<Talk> inRoom(List<Talk> talks, String room) {
        List<Talk> in = new ArrayList<>();
        talks.stream().filter(t -> t.room().equals(room)).forEach(in::add);
        return in;
    }

    private static String guid(Talk talk) {
        return "00000000-0000-4000-8000-%012d".formatted(talk.number());
    }

    private static String roomGuid(String room) {
        return "room-" + (ROOMS.indexOf(room) + 1);
    }

    private static String duration(Talk talk) {
        return "%02d:%02d".formatted(talk.minutes() / 60, talk.minutes() % 60);
    }

    private static String utc(LocalTime time) {
        return "20260310T%02d%02d00Z".formatted(time.getHour(), time.getMinute());
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
