package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;
import org.digitalweek.event.export.support.ExternalTools;

/**
 * What other readers read, the importer reads: a fold inside a character (RFC 5545 folds by
 * octets), control characters in a text (repaired and said once), a CR alone inside a line of a
 * CRLF file (no line break, as {@code grep -n} and python's icalendar count). Lines in messages are
 * the file's own.
 */
class ICalendarImporterRepairsTest {

    private static final byte[] CRLF = {'\r', '\n'};

    @TempDir
    Path folder;

    @Test
    void aFoldInsideARightQuoteIsUnfoldedOnBytesAndTheLinesAfterItKeepTheirNumbers() throws IOException {
        byte[] calendar = foldedQuote();

        ImportResult result = ImportedCalendars.read(calendar, ImportedCalendars.BAMAKO);
        PublicEdition edition = ImportedCalendars.edition(result);

        assertThat(edition.sessions()).extracting(s -> s.title().resolve("en"))
                .containsExactly("L’école numérique", "Second");
        assertThat(ImportedCalendars.warnings(result)).anyMatch(w -> w.startsWith("line 11 (VEVENT 2, UID b): "
                + "recurring event"));
    }

    /**
     * python's icalendar takes the file too (it decodes before it unfolds, so it shows U+FFFD where
     * the character was cut); unfolded on bytes first, as RFC 5545 §3.1 says, it reads the ’.
     */
    @Test
    void pythonsIcalendarTakesTheSameFileAndReadsTheQuoteOnceUnfoldedOnBytes() throws IOException {
        ExternalTools.requirePython("icalendar");
        Path file = folder.resolve("folded.ics");
        Files.write(file, foldedQuote());

        ExternalTools.Run run = ExternalTools.python("""
                import re, sys, icalendar
                data = open(sys.argv[1], 'rb').read()
                for text in (data, re.sub(rb'\\r?\\n[ \\t]', b'', data)):
                    calendar = icalendar.Calendar.from_ical(text)
                    print([str(e['SUMMARY']) for e in calendar.walk('VEVENT')][0])
                """, file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.output().strip().split("\\R")).hasSize(2).endsWith("L’école numérique")
                .allMatch(summary -> summary.startsWith("L") && summary.endsWith("école numérique"));
    }

    @Test
    void aLineBreakInsideACharacterThatIsNoFoldIsStillNotUtf8AtItsLine() {
        byte[] calendar = bytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:L",
                new byte[] {(byte) 0xE2}, "\r\nX-OTHER:1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

        UnreadableDocumentException refusal = ImportedCalendars.failure(new String(calendar,
                StandardCharsets.ISO_8859_1), ImportedCalendars.BAMAKO);
        UnreadableDocumentException direct = org.assertj.core.api.Assertions.catchThrowableOfType(
                UnreadableDocumentException.class, () -> ImportedCalendars.read(calendar, ImportedCalendars.BAMAKO));

        assertThat(refusal).isNotNull();
        assertThat(direct).isNotNull();
        assertThat(direct.place().english()).startsWith("line 5, column ");
        assertThat(direct.rule()).startsWith("not UTF-8");
    }

    /** Line breaks are kept aside inside a character only while they may be a fold: never megabytes of them. */
    @Test
    void aCharacterCutByTwoLineBreaksFailsAtOnceAtItsLine() {
        byte[] calendar = new byte[8 * 1024 * 1024];
        java.util.Arrays.fill(calendar, (byte) '\n');
        byte[] head = "BEGIN:VCALENDAR\r\nX-A:a".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, calendar, 0, head.length);
        calendar[head.length] = (byte) 0xE2;

        UnreadableDocumentException refusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                UnreadableDocumentException.class, () -> ImportedCalendars.read(calendar, ImportedCalendars.BAMAKO));

        assertThat(refusal).isNotNull();
        assertThat(refusal.place().english()).isEqualTo("line 2, column 6");
        assertThat(refusal.rule()).endsWith("(byte 0xE2 starts a character that byte 0x0A does not continue)");
    }

    @Test
    void controlCharactersInOneDescriptionOfManyEventsAreRepairedAndSaidOnce() {
        List<String> events = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String description = i == 7 ? "DESCRIPTION:Open\u007Fdata\u0085 for all" : "DESCRIPTION:Talk " + i;
            events.add("UID:e" + i + "|DTSTART:202603%02dT090000Z|DURATION:PT30M|SUMMARY:Event %d|%s"
                    .formatted(10 + i % 3, i, description));
        }
        String text = ImportedCalendars.calendar(List.of(), events.toArray(String[]::new));

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.BAMAKO);
        PublicEdition edition = ImportedCalendars.edition(result);

        assertThat(edition.sessions()).hasSize(20);
        assertThat(edition.sessions().stream().filter(s -> s.title().resolve("en").equals("Event 7"))
                .map(Session::summary).findFirst().orElseThrow().resolve("en")).isEqualTo("Open data for all");
        List<ImportWarning> controls = result.warnings().stream()
                .filter(w -> w.messageEn().startsWith("control character removed")).toList();
        assertThat(controls).hasSize(1);
        assertThat(controls.get(0).place().english()).isEqualTo("line " + lineOf(text, "Open") + " (VEVENT 7, UID e7)");
    }

    @Test
    void aCrAloneInsideALineOfACrlfFileIsNoLineBreak() {
        String text = ImportedCalendars.calendar(List.of(),
                "UID:a|DTSTART:20260310T090000Z|DURATION:PT30M|SUMMARY:First|DESCRIPTION:one\rtwo",
                "UID:b|DTSTART:20260310T100000Z|DURATION:PT30M|SUMMARY:Second|RRULE:FREQ=DAILY;COUNT=2");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.BAMAKO);
        PublicEdition edition = ImportedCalendars.edition(result);

        assertThat(edition.sessions().get(0).summary().resolve("en")).isEqualTo("one two");
        assertThat(ImportedCalendars.warnings(result))
                .contains("line " + lineOf(text, "DESCRIPTION:one") + " (VEVENT 1, UID a): carriage return (CR) alone "
                        + "inside a line of a file whose lines end with LF: read as a space")
                .anyMatch(w -> w.startsWith("line " + (lineOf(text, "UID:b") - 1) + " (VEVENT 2, UID b): recurring"));
    }

    /** Two events; the first's SUMMARY folded inside ’ (E2 CRLF SP 80 99); the second, recurring, begins on line 11. */
    private static byte[] foldedQuote() {
        return bytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//hand//EN\r\nBEGIN:VEVENT\r\nUID:a\r\n"
                + "DTSTART:20260310T090000Z\r\nDURATION:PT30M\r\nSUMMARY:L", new byte[] {(byte) 0xE2, '\r', '\n', ' ',
                (byte) 0x80, (byte) 0x99}, "école numérique\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\n"
                + "DTSTART:20260310T100000Z\r\nDURATION:PT30M\r\nSUMMARY:Second\r\nRRULE:FREQ=DAILY;COUNT=2\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The line of a part of the text as {@code grep -n} says it: LF ends a line, nothing else. */
    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }
}
