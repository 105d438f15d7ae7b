package org.digitalweek.event.export.frab;

/** Small {@code schedule.xml} documents written for the tests, valid unless a test breaks them. */
final class FrabDocuments {

    /** The conference and day around the events: Bamako, a day change at 04:00. Lines 1 to 14. */
    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <schedule>
              <version>1.0 first</version>
              <conference>
                <acronym>demo2026</acronym>
                <title>Demo Conference</title>
                <start>2026-03-10</start>
                <end>2026-03-11</end>
                <day_change>04:00</day_change>
                <time_zone_name>Africa/Bamako</time_zone_name>
                <city>Bamako</city>
              </conference>
              <day index="1" date="2026-03-10" start="2026-03-10T04:00:00+00:00" end="2026-03-11T04:00:00+00:00">
                <room name="Hall A">
            """;

    /** Closes what {@link #HEAD} opens. */
    static final String TAIL = """
                </room>
              </day>
            </schedule>
            """;

    private FrabDocuments() {
    }

    /**
     * @param id       the event's id
     * @param date     its {@code <date>}
     * @param duration its {@code <duration>}
     * @return an event, 5 lines long
     */
    static String event(String id, String date, String duration) {
        return """
                  <event guid="00000000-0000-4000-8000-%012d" id="%s">
                    <date>%s</date>
                    <duration>%s</duration>
                    <title>Event %s</title>
                  </event>
                """.formatted(Integer.parseInt(id), id, date, duration, id);
    }

    /**
     * @param events events, each from {@link #event}
     * @return the whole document
     */
    static String schedule(String... events) {
        return HEAD + String.join("", events) + TAIL;
    }

    /** @return a valid document of two events */
    static String valid() {
        return schedule(event("1", "2026-03-10T09:00:00+00:00", "1:00"), event("2", "2026-03-10T10:00:00+00:00", "00:30"));
    }
}
