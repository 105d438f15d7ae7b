package org.digitalweek.event.export.frabjson;

import java.util.regex.Pattern;

/**
 * Which JSON schedule a document's first characters show, so that exactly one importer claims it:
 * a {@code $schema} that names {@code schema2} or {@code schedule2} is {@code schedule2}; then what
 * only {@code schedule.json} v1 has (days with {@code day_start}, {@code daysCount}, rooms as an
 * object of events); then what only {@code schedule2} has (flat {@code events}, {@code participants},
 * {@code languages}, a conference {@code start} with a time). A canonical edition document
 * ({@code "digitalweek-edition"}) is neither.
 */
final class ScheduleHeads {

    /** What a head shows. */
    enum Kind {
        /** Not a JSON schedule of the frab family. */
        NONE,
        /** frab's or pretalx's {@code schedule.json} v1. */
        FRAB_JSON,
        /** c3voc's {@code schedule2}. */
        SCHEDULE2
    }

    private static final Pattern SCHEDULE = Pattern.compile("\"schedule\"\\s*:\\s*\\{");
    private static final Pattern CONFERENCE = Pattern.compile("\"conference\"\\s*:\\s*\\{");
    private static final Pattern SCHEMA2 = Pattern.compile("\"\\$schema\"\\s*:\\s*\"[^\"]*(?:schema2|schedule2)");
    private static final Pattern V1_ONLY = Pattern.compile("\"(?:day_start|day_end|daysCount)\"\\s*:"
            + "|\"rooms\"\\s*:\\s*\\{");
    private static final Pattern SCHEDULE2_ONLY = Pattern.compile("\"(?:events|participants|languages)\"\\s*:\\s*\\["
            + "|\"start\"\\s*:\\s*\"\\d{4}-\\d{2}-\\d{2}T");

    private ScheduleHeads() {
    }

    /**
     * @param head the first characters of a document
     * @return which schedule it is
     */
    static Kind of(String head) {
        if (head == null || head.contains("\"digitalweek-edition\"") || !SCHEDULE.matcher(head).find()) {
            return Kind.NONE;
        }
        if (SCHEMA2.matcher(head).find()) {
            return Kind.SCHEDULE2;
        }
        if (V1_ONLY.matcher(head).find()) {
            return Kind.FRAB_JSON;
        }
        if (SCHEDULE2_ONLY.matcher(head).find()) {
            return Kind.SCHEDULE2;
        }
        return CONFERENCE.matcher(head).find() ? Kind.FRAB_JSON : Kind.NONE;
    }
}
