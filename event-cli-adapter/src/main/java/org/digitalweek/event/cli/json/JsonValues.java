package org.digitalweek.event.cli.json;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.TimeSlot;

/**
 * What every {@code --json} document shares: its opening members, and how it writes texts, times and
 * the model's enums. One place, so the five shapes agree (docs/cli-json.md).
 */
final class JsonValues {

    /** The version of the shapes: it grows only when a member is removed or changes meaning. */
    static final int FORMAT_VERSION = 1;

    private JsonValues() {
    }

    /**
     * Opens a document on standard output: {@code {"digitalweekCli": 1, "command": …, "language": …}}.
     *
     * @param stdout   standard output, as bytes: the document is UTF-8
     * @param command  the command's name, e.g. {@code programme}
     * @param language the language of the texts the command line writes itself
     * @return the writer, inside the top-level object
     */
    static JsonWriter open(OutputStream stdout, String command, Language language) {
        JsonWriter json = new JsonWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)));
        return json.beginObject().member("digitalweekCli", FORMAT_VERSION).member("command", command)
                .member("language", language.tag());
    }

    /**
     * Closes the top-level object and flushes the document.
     *
     * @param json a writer {@link #open} gave
     */
    static void close(JsonWriter json) {
        json.endObject().finish();
    }

    /**
     * @param json where to write
     * @param name the member's name
     * @param text a text of the model in each of its languages
     */
    static void texts(JsonWriter json, String name, LocalizedText text) {
        json.name(name).beginObject();
        new TreeMap<>(text.values()).forEach(json::member);
        json.endObject();
    }

    /**
     * @param json where to write
     * @param name the member's name
     * @param slot a time slot in the edition's zone
     * @param zone the edition's zone
     */
    static void slot(JsonWriter json, String name, TimeSlot slot, ZoneId zone) {
        json.name(name).beginObject().member("start", at(slot.start(), zone)).member("end", at(slot.end(), zone))
                .endObject();
    }

    /** @return e.g. {@code 2026-01-29T09:00:00Z}: the local time with the zone's offset then */
    static String at(LocalDateTime local, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.atZone(zone));
    }

    /** @return the instant in the zone, with its offset, e.g. {@code 2026-02-01T12:00:00Z} */
    static String at(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }


    /**
     * @param json   where to write
     * @param name   the member's name
     * @param counts counts by code, in their order
     */
    static void counts(JsonWriter json, String name, Map<String, Integer> counts) {
        json.name(name).beginObject();
        counts.forEach((key, count) -> json.member(key, count));
        json.endObject();
    }
}
