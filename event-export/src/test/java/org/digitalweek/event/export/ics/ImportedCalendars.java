package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;

/** Calendars written by hand for the importer's tests, and ways to read them. */
final class ImportedCalendars {

    /** The context of most tests: a file name and no option. */
    static final ImportContext CONTEXT = ImportContext.named("programme.ics");
    /** The same, with Bamako as the zone of a calendar that names none. */
    static final ImportContext BAMAKO = CONTEXT.withDefaultZone(ZoneId.of("Africa/Bamako"));

    private ImportedCalendars() {
    }

    /**
     * @param lines content lines, without line ends
     * @return them as a calendar's text, each line ending with CRLF
     */
    static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    /**
     * @param properties the calendar's properties
     * @param events     its events' properties, each event's lines joined by {@code |}
     * @return a calendar with those events, no time zone
     */
    static String calendar(List<String> properties, String... events) {
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//hand//EN\r\n");
        properties.forEach(p -> text.append(p).append("\r\n"));
        for (String event : events) {
            text.append("BEGIN:VEVENT\r\n");
            for (String line : event.split("\\|")) {
                text.append(line).append("\r\n");
            }
            text.append("END:VEVENT\r\n");
        }
        return text.append("END:VCALENDAR\r\n").toString();
    }

    /**
     * @param text    a calendar
     * @param context the context
     * @return what the importer read
     */
    static ImportResult read(String text, ImportContext context) {
        return read(text.getBytes(StandardCharsets.UTF_8), context);
    }

    /**
     * @param bytes   a calendar
     * @param context the context
     * @return what the importer read
     */
    static ImportResult read(byte[] bytes, ImportContext context) {
        try {
            return new ICalendarImporter().read(new ByteArrayInputStream(bytes), context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param result what the importer read
     * @return the edition, validated as the import use case does
     */
    static PublicEdition edition(ImportResult result) {
        return Drafts.toEdition(Validators.inputValidator().check("programme.ics", result.edition()));
    }

    /**
     * @param text    a calendar that cannot be read
     * @param context the context
     * @return why
     */
    static UnreadableDocumentException failure(String text, ImportContext context) {
        return catchThrowableOfType(UnreadableDocumentException.class, () -> read(text, context));
    }

    /**
     * @param result what the importer read
     * @return its warnings, one line each: {@code place: English message}
     */
    static List<String> warnings(ImportResult result) {
        return result.warnings().stream().map(w -> w.place() + ": " + w.messageEn()).toList();
    }

    /**
     * @param result what the importer read
     * @return its warnings in French, one line each
     */
    static List<String> warningsFr(ImportResult result) {
        return result.warnings().stream().map(ImportWarning::messageFr).toList();
    }
}
