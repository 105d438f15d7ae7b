package org.digitalweek.event.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 16, items 2 and 3: the documents that made the library expand without end, kept as seeds
 * of the fuzzing catalogue. Recurrence bombs: a {@code VTIMEZONE} whose observances repeat every
 * second from the year 0001, or follow rules that make biweekly's iterator work for seconds an
 * onset, under a name of their own or under a name the JDK knows. Extreme spans: the 268-byte
 * calendar of one all-day event from 0001-01-01 to 9999-12-31, conference dates over the same span,
 * and one event moved to the year 0001. Each is made from the format's seed (the sample's own
 * export), so that only the attack differs; names start with {@value #PREFIX}, for which
 * {@link FuzzedImports} also exports what was imported in every format and bounds the output.
 */
final class ExpansionSeeds {

    /** What the names of these documents start with. */
    static final String PREFIX = "expansion-";

    /** The rules no time zone has, each a bomb in its own way. */
    private static final List<String> RULES = List.of("FREQ=SECONDLY", "FREQ=DAILY;INTERVAL=2147483647",
            "FREQ=MINUTELY;BYSETPOS=-1;BYSECOND=1,2,3", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
            "FREQ=YEARLY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYSETPOS=-1");

    /** The calendar of issue 16: one all-day event over every four-digit year. */
    private static final String FOREVER = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
            "PRODID:-//attacker//span//EN", "X-WR-CALNAME:Span", "X-WR-TIMEZONE:Africa/Bamako", "BEGIN:VEVENT",
            "UID:span@example.org", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:00010101",
            "DTEND;VALUE=DATE:99991231", "SUMMARY:Forever", "END:VEVENT", "END:VCALENDAR", "");

    private ExpansionSeeds() {
    }

    /**
     * @param format the import format
     * @param seed   the format's seed document: the sample's export
     * @return the seeds of that format, each named {@value #PREFIX}…
     */
    static List<Mutant> of(String format, String seed) {
        List<Mutant> seeds = new ArrayList<>();
        switch (format) {
            case "ics" -> calendars(seed, seeds);
            case "frab-xml" -> {
                add(seeds, "span-conference", seed.replaceFirst("<start>2026-01-29</start>", "<start>0001-01-01</start>")
                        .replaceFirst("<end>2026-02-04</end>", "<end>9999-12-31</end>"));
                add(seeds, "span-far-event", seed.replaceFirst("<date>2026-01-29T", "<date>0001-01-29T"));
            }
            case "frab-json" -> {
                add(seeds, "span-conference", seed.replaceFirst("\"start\": \"2026-01-29\"", "\"start\": \"0001-01-01\"")
                        .replaceFirst("\"end\": \"2026-02-04\"", "\"end\": \"9999-12-31\""));
                add(seeds, "span-far-event", seed.replaceFirst("\"date\": \"2026-01-29T", "\"date\": \"0001-01-29T"));
            }
            case "schedule2" -> {
                add(seeds, "span-conference", seed.replaceFirst("\"start\": \"2026-01-29T", "\"start\": \"0001-01-01T")
                        .replaceFirst("\"end\": \"2026-02-05T", "\"end\": \"9999-12-31T"));
                int events = seed.indexOf("\"events\"");
                add(seeds, "span-far-event", seed.substring(0, events) + seed.substring(events)
                        .replaceFirst("\"start\": \"2026-", "\"start\": \"0001-"));
            }
            default -> { // the canonical document
                add(seeds, "span-dates", seed.replaceFirst("\"startDate\": \"2026-01-29\"", "\"startDate\": \"0001-01-01\"")
                        .replaceFirst("\"endDate\": \"2026-02-04\"", "\"endDate\": \"9999-12-31\""));
                add(seeds, "span-session", seed.replaceFirst("\"start\": \"2026-01-29T09:00:00\"",
                        "\"start\": \"0001-01-01T00:00:00\"").replaceFirst("\"end\": \"2026-01-29T11:00:00\"",
                        "\"end\": \"9999-12-31T00:00:00\""));
            }
        }
        return seeds;
    }

    private static void calendars(String seed, List<Mutant> seeds) {
        String observance = "TZID:Africa/Bamako\r\nBEGIN:STANDARD\r\nDTSTART:20260101T000000\r\n";
        for (int i = 0; i < RULES.size(); i++) {
            String bomb = "TZID:Bomb/Zone\r\nBEGIN:STANDARD\r\nDTSTART:00010101T000000\r\nRRULE:" + RULES.get(i) + "\r\n";
            add(seeds, "zone-rule-" + i, seed.replace(observance, bomb).replace(";TZID=Africa/Bamako:",
                    ";TZID=Bomb/Zone:"));
        }
        add(seeds, "zone-bomb-known-name", seed.replace(observance,
                "TZID:Africa/Bamako\r\nBEGIN:STANDARD\r\nDTSTART:00010101T000000\r\nRRULE:FREQ=SECONDLY\r\n"));
        add(seeds, "zone-yearly-from-0001", seed.replace(observance,
                "TZID:Heure du Sahel\r\nBEGIN:STANDARD\r\nDTSTART:00010101T000000\r\nRRULE:FREQ=YEARLY\r\n")
                .replace(";TZID=Africa/Bamako:", ";TZID=Heure du Sahel:"));
        add(seeds, "span-forever", FOREVER);
        add(seeds, "span-far-event", seed.replaceFirst("DTSTART;TZID=Africa/Bamako:2026",
                "DTSTART;TZID=Africa/Bamako:0001"));
    }

    private static void add(List<Mutant> seeds, String name, String document) {
        seeds.add(new Mutant(PREFIX + name, document.getBytes(StandardCharsets.UTF_8)));
    }
}
