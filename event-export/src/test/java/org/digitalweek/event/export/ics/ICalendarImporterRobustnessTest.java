package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.DocumentProblem;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.export.support.Editions;

/**
 * Broken and hostile calendars fail with the file, the line and a plain rule, before biweekly reads
 * them when the structure or the limits are broken; problems of several events are reported together.
 */
class ICalendarImporterRobustnessTest {

    private static final int MEBI = 1024 * 1024;

    @Test
    void a_document_that_is_no_calendar_is_refused_at_its_first_line() {
        assertThat(ImportedCalendars.failure("{\"edition\": {\"id\": \"snm-2026\"}}\n", ImportedCalendars.CONTEXT))
                .hasMessage("programme.ics at line 1: not an iCalendar document: it must begin with BEGIN:VCALENDAR, "
                        + "not '{\"edition\": {\"id\": \"snm-2026\"}}'");
        assertThat(ImportedCalendars.failure("<html>\n<body>\n</html>\n", ImportedCalendars.CONTEXT))
                .hasMessage("programme.ics at line 1: not an iCalendar document: it has no BEGIN:VCALENDAR line");
        assertThat(ImportedCalendars.failure("", ImportedCalendars.CONTEXT))
                .hasMessage("programme.ics at line 1: not an iCalendar document: it is empty");
    }

    @Test
    void a_binary_file_or_one_endless_line_is_no_calendar_before_anything_else() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0x9C, (byte) 0xB1, 0x3D, 0x5A};
        InputStream endless = new Filler(50L * MEBI);

        UnreadableDocumentException binary = catchThrowableOfType(UnreadableDocumentException.class,
                () -> ImportedCalendars.read(zip, ImportedCalendars.CONTEXT));
        UnreadableDocumentException line = catchThrowableOfType(UnreadableDocumentException.class,
                () -> new ICalendarImporter().read(endless, ImportedCalendars.CONTEXT));

        assertThat(binary.place().english()).isEqualTo("line 1");
        assertThat(binary.rule()).startsWith("not an iCalendar document: it must begin with BEGIN:VCALENDAR, not 'PK")
                .endsWith("(byte 0x9C at line 1 is no UTF-8 text)");
        assertThat(line.rule()).startsWith("not an iCalendar document: it must begin with BEGIN:VCALENDAR, not 'xxx")
                .endsWith("(its first line is over 1 MiB (1048576 bytes))");
    }

    @Test
    void a_truncated_calendar_names_the_component_left_open() {
        String whole = new String(Editions.export(new ICalendarExporter(), Editions.sample(), "fr"),
                StandardCharsets.UTF_8);
        String truncated = whole.substring(0, whole.indexOf("SUMMARY:Panel"));

        UnreadableDocumentException e = ImportedCalendars.failure(truncated, ImportedCalendars.CONTEXT);

        assertThat(e.problems()).singleElement().extracting(p -> p.describe("en")).isEqualTo(
                "line 55 (VEVENT 3, UID panel-gouvernance-numerique@snm-2026.digitalweek)" + ": " +
                "truncated: BEGIN:VEVENT of line 50 has no END:VEVENT before the document ends at line 55");
    }

    @Test
    void bytes_that_are_not_utf8_are_refused_with_their_line_and_column() {
        byte[] latin1 = ImportedCalendars.calendar(List.of(), "UID:a|SUMMARY:Café|DTSTART:20260129T090000Z")
                .getBytes(StandardCharsets.ISO_8859_1);

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> ImportedCalendars.read(latin1, ImportedCalendars.CONTEXT));

        assertThat(e.place().english()).isEqualTo("line 6, column 12");
        assertThat(e.rule()).isEqualTo(CalendarScan.NOT_UTF8
                + " (byte 0xE9 starts a character that byte 0x0D does not continue)");
    }

    @Test
    void a_byte_that_can_start_no_character_is_named() {
        byte[] bytes = ImportedCalendars.lines("BEGIN:VCALENDAR", "X-A:\u00ff")
                .getBytes(StandardCharsets.ISO_8859_1);

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> ImportedCalendars.read(bytes, ImportedCalendars.CONTEXT));

        assertThat(e.place().english()).isEqualTo("line 2, column 5");
        assertThat(e.rule()).endsWith("(byte 0xFF cannot start a character)");
    }

    @Test
    void a_bad_byte_at_the_start_of_the_second_line_is_no_utf8_in_a_calendar() {
        byte[] bytes = ImportedCalendars.lines("BEGIN:VCALENDAR", "\u00ffX-A:b").getBytes(StandardCharsets.ISO_8859_1);

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> ImportedCalendars.read(bytes, ImportedCalendars.CONTEXT));

        assertThat(e).hasMessage("programme.ics at line 2, column 1: " + CalendarScan.NOT_UTF8
                + " (byte 0xFF cannot start a character)");
    }

    @Test
    void utf16_is_refused_and_a_utf8_byte_order_mark_is_skipped() {
        String text = ImportedCalendars.calendar(List.of("X-WR-TIMEZONE:Africa/Bamako"),
                "UID:a|SUMMARY:A|DTSTART:20260129T090000Z");

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> ImportedCalendars.read(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE),
                        ImportedCalendars.CONTEXT));

        assertThat(e.rule()).endsWith("(it starts with the byte order mark of UTF-16)");
        assertThat(ImportedCalendars.read("\uFEFF" + text, ImportedCalendars.CONTEXT).edition().sessions()).hasSize(1);
    }

    @Test
    void a_fifty_megabyte_value_fails_fast_after_reading_little_more_than_the_limit() {
        String start = ImportedCalendars.lines("BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:a",
                "DTSTART:20260129T090000Z") + "DESCRIPTION:";
        CountingInput in = new CountingInput(new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(start.getBytes(StandardCharsets.UTF_8)), new Filler(50L * MEBI)))));

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> new ICalendarImporter().read(in, ImportedCalendars.CONTEXT));

        assertThat(e.problems()).singleElement().extracting(p -> p.describe("en")).isEqualTo("line 6 (DESCRIPTION, VEVENT 1, UID a)" + ": " +
                "value too long: a property may hold 1 MiB (1048576 bytes) at most, once its folded lines are joined");
        assertThat(in.count).isLessThan(2L * MEBI);
    }

    @Test
    void a_folded_value_is_measured_unfolded() {
        StringBuilder folded = new StringBuilder("DESCRIPTION:");
        for (int i = 0; i < 40; i++) {
            folded.append("x".repeat(70)).append("\r\n ");
        }
        String text = ImportedCalendars.lines("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a", folded + "end",
                "END:VEVENT", "END:VCALENDAR");

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class, () ->
                new ICalendarImporter(new ScanLimits(64, 2_000, 1_000_000)).read(new ByteArrayInputStream(
                        text.getBytes(StandardCharsets.UTF_8)), ImportedCalendars.CONTEXT));

        assertThat(e.place().english()).isEqualTo("line 4 (DESCRIPTION, VEVENT 1, UID a)");
        assertThat(e.rule()).startsWith("value too long: a property may hold 2000 bytes at most");
    }

    @Test
    void a_document_over_64_mebibytes_is_refused_without_reading_further() {
        String start = ImportedCalendars.lines("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a");
        CountingInput in = new CountingInput(new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(start.getBytes(StandardCharsets.UTF_8)),
                new Filler(80L * MEBI, "X-A:" + "b".repeat(1000) + "\r\n")))));

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> new ICalendarImporter().read(in, ImportedCalendars.CONTEXT));

        assertThat(e.rule()).isEqualTo("too large: a calendar may have 64 MiB (67108864 bytes) at most");
        assertThat(e.place().english()).startsWith("line ");
        assertThat(in.count).isLessThan(65L * MEBI);
    }

    @Test
    void components_nested_over_64_levels_are_refused() {
        StringBuilder text = new StringBuilder(ImportedCalendars.lines("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a"));
        for (int i = 0; i < 100; i++) {
            text.append("BEGIN:VALARM\r\n");
        }

        UnreadableDocumentException e = ImportedCalendars.failure(text.toString(), ImportedCalendars.CONTEXT);

        assertThat(e.problems()).singleElement().extracting(p -> p.describe("en")).isEqualTo("line 66 (VALARM in VEVENT 1, UID a)" + ": " +
                "too deeply nested: components (BEGIN:…/END:…) may be nested 64 levels deep at most");
    }

    @Test
    void components_that_close_out_of_order_or_outside_a_calendar_are_refused() {
        String crossed = ImportedCalendars.lines("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a", "BEGIN:VALARM",
                "END:VEVENT", "END:VALARM", "END:VCALENDAR");
        String stray = ImportedCalendars.lines("BEGIN:VCALENDAR", "END:VCALENDAR", "END:VEVENT");
        String unclosed = ImportedCalendars.lines("BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a", "BEGIN:VCALENDAR");

        assertThat(ImportedCalendars.failure(crossed, ImportedCalendars.CONTEXT)).hasMessage("programme.ics at line 5 "
                + "(VALARM in VEVENT 1, UID a): END:VEVENT does not close the BEGIN:VALARM of line 4: components close "
                + "in the order they open");
        assertThat(ImportedCalendars.failure(stray, ImportedCalendars.CONTEXT)).hasMessage("programme.ics at line 3: "
                + "END:VEVENT closes nothing: no component is open here");
        assertThat(ImportedCalendars.failure(unclosed, ImportedCalendars.CONTEXT)).hasMessage("programme.ics at line 4 "
                + "(VEVENT 1, UID a): BEGIN:VCALENDAR inside the VEVENT of line 2, which is not closed: is an "
                + "END:VEVENT missing?");
    }

    @Test
    void the_problems_of_several_events_are_reported_together_each_at_its_line() {
        String text = ImportedCalendars.calendar(List.of("X-WR-TIMEZONE:Africa/Bamako"),
                "UID:no-start|SUMMARY:A|DURATION:PT1H",
                "UID:garbage|SUMMARY:B|DTSTART:le 29 janvier",
                "UID:month-13|SUMMARY:C|DTSTART:20261345T090000",
                "UID:backwards|SUMMARY:D|DTSTART:20260129T100000Z|DTEND:20260129T090000Z",
                "UID:negative|SUMMARY:E|DTSTART:20260129T100000Z|DURATION:-PT1H",
                "UID:fine|SUMMARY:F|DTSTART:20260129T100000Z|DURATION:PT1H");

        UnreadableDocumentException e = ImportedCalendars.failure(text, ImportedCalendars.CONTEXT);

        assertThat(e.problems()).extracting(p -> p.describe("en")).containsExactly(
                "line 5 (VEVENT 1, UID no-start): no DTSTART: an event needs a start",
                "line 13 (VEVENT 2, UID garbage): DTSTART 'le 29 janvier' is not a date or a date-time (YYYYMMDD or "
                        + "YYYYMMDDTHHMMSS, with Z for UTC)",
                "line 18 (VEVENT 3, UID month-13): DTSTART '20261345T090000' is not a date that exists",
                "line 24 (VEVENT 4, UID backwards): DTEND (20260129T090000Z) is before DTSTART (20260129T100000Z)",
                "line 30 (VEVENT 5, UID negative): negative DURATION (-PT1H): an event cannot end before it starts");
        assertThat(e.getMessage()).startsWith("programme.ics: 5 problems\n");
    }

    @Test
    void a_calendar_scale_other_than_gregorian_is_a_problem() {
        String text = ImportedCalendars.calendar(List.of("CALSCALE:HEBREW", "X-WR-TIMEZONE:Africa/Bamako"),
                "UID:a|SUMMARY:A|DTSTART:20260129T100000Z|DURATION:PT1H");

        assertThat(ImportedCalendars.failure(text, ImportedCalendars.CONTEXT).problems()).singleElement()
                .extracting(p -> p.describe("en")).isEqualTo("line 4 (VCALENDAR)" + ": " +
                        "CALSCALE:HEBREW is not supported: dates are read in the Gregorian calendar only");
    }

    @Test
    void recognizes_ics_files_and_calendars_by_their_first_line() {
        ICalendarImporter importer = new ICalendarImporter();

        assertThat(importer.recognizes("Programme.ICS", "")).isTrue();
        assertThat(importer.recognizes("", "\uFEFF \r\nbegin:vcalendar\r\nVERSION:2.0")).isTrue();
        assertThat(importer.recognizes("schedule.xml", "<?xml version=\"1.0\"?><schedule>")).isFalse();
        assertThat(importer.recognizes("calendar.json", "{\"BEGIN:VCALENDAR\": 1}")).isFalse();
        assertThat(importer.formatId()).isEqualTo("ics");
        assertThat(importer.mediaType()).isEqualTo("text/calendar");
    }

    /** Counts the bytes read from a stream. */
    private static final class CountingInput extends InputStream {
        private final InputStream in;
        private long count;

        CountingInput(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws java.io.IOException {
            int b = in.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            int n = in.read(buffer, offset, length);
            count += Math.max(0, n);
            return n;
        }
    }

    /** A long stream of a repeated text, made as it is read. */
    private static final class Filler extends InputStream {
        private final byte[] unit;
        private long left;

        Filler(long size) {
            this(size, "x");
        }

        Filler(long size, String unit) {
            this.left = size;
            this.unit = unit.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            return left-- > 0 ? unit[(int) (left % unit.length)] : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = unit[(int) ((left - i - 1) % unit.length)];
            }
            left -= n;
            return n;
        }
    }
}
