package org.digitalweek.event.cli.fuzz;

import java.util.List;

/**
 * Values that put an importer's mapping to the test, written as the format writes a value: wrong
 * types, impossible dates and times, durations below zero, numbers out of range, characters a
 * format forbids, text that looks like markup or a path.
 */
final class HostileValues {

    private static final List<String> JSON = List.of("null", "0", "-1", "1.5", "1e999", "-0", "true", "[]", "{}",
            "123456789012345678901234567890", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"2026-02-30\"",
            "\"2026-01-29T24:00:00\"", "\"9999-12-31T23:59:59Z\"", "\"0000-01-01\"", "\"-999999999-01-01\"",
            "\"P-1D\"", "\"-PT1H\"", "\"PT99999999H\"", "\"99:99\"", "\"00:00\"", "\"\u202Eevil\"",
            "\"<script>alert(1)</script>\"", "\"../../etc/passwd\"", "\"fr\"", "{\"fr\": \"\"}", "{\"xx\": 1}",
            "[null]", "[[]]", "\"snm-2026\"", "\"UTC\"", "\"Mars/Olympus\"", "\"+99:00\"", "\"\uD83D\uDCA5\"",
            "\"&xxe;\"", "\"file:///etc/passwd\"", "\"a\\\"b\"", "\"\\\\\"", "9223372036854775808", "-2147483649",
            "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"+999999999-12-31T23:59:59\"", "\"1970-01-01T00:00:00\"",
            "\"-999999999-01-01T00:00:00\"", "\"+999999999-12-31T23:59:59Z\"", "\"PT2562047788015215H\"",
            "\"P106751991167300D\"", "\"9999:59\"", "\"2147483647:00\"", "2147483647", "-2147483648",
            "\"Z\"", "\"+14:00\"", "\"-18:00\"", "\"Etc/GMT+12\"", "\"SystemV/AST4\"", "\"America/Havana\"",
            "\"2026-03-29T02:30:00\"", "\"2026-03-08T02:30:00\"", "\"2026-10-25T01:30:00\"");
    private static final List<String> XML = List.of("", " ", "-1", "0", "1.5", "99:99", "25:00", "00:00", "24:00",
            "-01:00", "2026-02-30", "2026-01-29T09:00:00+25:00", "2026-13-01T00:00:00", "9999999999999999999",
            "&amp;", "&lt;", "&#0;", "&#xD800;", "&#x110000;", "&unknown;", "]]>", "<![CDATA[x]]>", "<!-- c -->",
            "<?pi x?>", "a\u0000b", "\uFFFE", "\u202Eevil", "P1D", "PT-1H", "../../etc/passwd", "<x/>", "\"'",
            "file:///etc/passwd", "snm-2026", "Mars/Olympus", "\uD83D\uDCA5", "+999999999-12-31",
            "-999999999-01-01", "+999999999-12-31T23:59:59+18:00", "-999999999-01-01T00:00:00-18:00", "999999999:59",
            "2147483647:00", "596523:14", "0:00", "23:59", "-0:01", "Etc/GMT+12", "America/Havana",
            "2026-03-08T02:30:00-05:00", "2147483647", "-2147483648");
    private static final List<String> CALENDAR = List.of("", " ", "20260229T090000", "20261399T250000",
            "20260129T090000Z", "2026-01-29T09:00:00", "19000101", "99991231T235959", "00000101T000000",
            "P-1D", "PT0S", "-P1W", "P99999999W", "Nowhere/Zone", "\\", "\\n", "a,b;c", "\"", "mailto:x",
            "\u0000", "\u202Eevil", "BEGIN:VEVENT", "END:VCALENDAR", "file:///etc/passwd", "0", "-1",
            "20260129T090000/20260128T090000", "TRUE", "\uD83D\uDCA5", "FREQ=DAILY;COUNT=100000", "FREQ=SECONDLY",
            "FREQ=YEARLY;UNTIL=99991231T235959Z", "+9999", "-0000", "+0100", "DAILY", "CN=x:mailto:x@example.org",
            "MAILTO:", "OPAQUE", "CANCELLED", "TENTATIVE", "P9999999999W", "P106751991167300D", "PT2147483648S",
            "99991231", "00010101T000000Z", "99991231T235959Z", "20260308T023000", "America/Havana", "Etc/GMT+12",
            "+1800", "-1800", "+2400");
    private static final List<String> CALENDAR_NAMES = List.of("RRULE", "RDATE", "EXDATE", "RECURRENCE-ID",
            "DTSTART", "DTEND", "DURATION", "DTSTART;VALUE=DATE", "DTSTART;TZID=Mars/Olympus", "DTEND;TZID=",
            "TZID", "TZOFFSETFROM", "TZOFFSETTO", "X-WR-TIMEZONE", "ATTENDEE", "ORGANIZER", "CATEGORIES", "STATUS",
            "LOCATION", "UID", "SUMMARY", "DESCRIPTION", "BEGIN", "END", "X-", ";", "");
    private static final List<String> XML_NAMES = List.of("event", "day", "room", "person", "persons",
            "conference", "schedule", "date", "start", "duration", "title", "track", "type", "language", "x");
    private static final List<String> JSON_NAMES = List.of("", "id", "sessions", "slot", "start", "end", "rooms",
            "venues", "officials", "schedule", "conference", "days", "events", "duration", "date", "persons",
            "timeZone", "time_zone_name", "format", "formatVersion", "$schema", "__proto__");

    private HostileValues() {
    }

    /**
     * @param format an import format
     * @return names of fields to add besides those of the seed: a second start, a recurrence rule
     */
    static List<String> names(String format) {
        return switch (format) {
            case "frab-xml" -> XML_NAMES;
            case "ics" -> CALENDAR_NAMES;
            default -> JSON_NAMES;
        };
    }

    /**
     * @param format an import format
     * @return the hostile values of its kind of text
     */
    static List<String> of(String format) {
        return switch (format) {
            case "frab-xml" -> XML;
            case "ics" -> CALENDAR;
            default -> JSON;
        };
    }
}
