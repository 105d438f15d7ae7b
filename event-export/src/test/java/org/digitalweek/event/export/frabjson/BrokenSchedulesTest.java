package org.digitalweek.event.export.frabjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.digitalweek.event.domain.error.DocumentProblem;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.export.json.CanonicalJsonExporter;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.PaddedDocument;

/**
 * Broken JSON schedules are refused with an {@link UnreadableDocumentException} whose place has a
 * line and column (text that cannot be read) or a JSON pointer (a tree that says something wrong),
 * and a rule in plain English; where reading can go on, every problem is reported together.
 */
class BrokenSchedulesTest {

    private static final ImportContext CONTEXT = ImportContext.named("broken.json");
    private static final String LINE_AND_COLUMN = "line \\d+, column \\d+( \\(/.*\\))?";

    static Stream<Arguments> importers() {
        return Stream.of(Arguments.of(new FrabJsonImporter(), Editions.export(new FrabJsonExporter(), Editions.sample(), "fr")),
                Arguments.of(new Schedule2Importer(), Editions.export(new Schedule2Exporter(), Editions.sample(), "fr")));
    }

    @ParameterizedTest
    @MethodSource("importers")
    void everyCutShortExportIsRefusedAtALineAndColumn(Importer importer, byte[] export) {
        for (int length = 0; length < export.length - 2; length += 53) {
            UnreadableDocumentException refusal = Imports.refusal(importer, Arrays.copyOf(export, length), CONTEXT);

            assertThat(refusal.place().english()).as("cut at %d", length).matches(LINE_AND_COLUMN);
        }
    }

    @ParameterizedTest
    @MethodSource("importers")
    void anEmptyFileIsRefused(Importer importer, byte[] export) {
        UnreadableDocumentException refusal = Imports.refusal(importer, new byte[0], CONTEXT);

        assertThat(refusal.place().english()).isEqualTo("line 1, column 1");
        assertThat(refusal.rule()).isEqualTo("empty document: expected a JSON object with \"schedule\"");
    }

    @ParameterizedTest
    @MethodSource("importers")
    void anArrayAtTheRootIsRefused(Importer importer, byte[] export) {
        UnreadableDocumentException refusal = Imports.refusal(importer, "\n  [{\"schedule\": {}}]", CONTEXT);

        assertThat(refusal.place().english()).isEqualTo("line 2, column 3");
        assertThat(refusal.rule()).isEqualTo("expected a JSON object with \"schedule\" at the root, found an array");
    }

    @ParameterizedTest
    @MethodSource("importers")
    void tenThousandOpenBracketsAreRefusedAtTheDepthLimit(Importer importer, byte[] export) {
        UnreadableDocumentException refusal = Imports.refusal(importer, "{\"schedule\": " + "[".repeat(10_000), CONTEXT);

        assertThat(refusal.place().english()).matches(LINE_AND_COLUMN);
        assertThat(refusal.rule()).isEqualTo("too deeply nested: objects and arrays may be nested 64 levels deep at most");
    }

    @ParameterizedTest
    @MethodSource("importers")
    void aFiftyMegabyteStringFailsAfterReadingLittleMoreThanTheLimit(Importer importer, byte[] export) {
        Generated document = new Generated("{\"schedule\": {\"version\": \"", 50_000_000, "\"}}");

        UnreadableDocumentException refusal = (UnreadableDocumentException) catchThrowable(
                () -> importer.read(document, CONTEXT));

        assertThat(refusal.rule()).isEqualTo("string too long: a single string may have 1 MiB (1048576 characters) at most");
        assertThat(refusal.place().english()).startsWith("line 1, column ").endsWith("(/schedule/version)");
        assertThat(document.served).as("bytes read before refusing").isLessThan(4L << 20);
    }

    @ParameterizedTest
    @MethodSource("importers")
    void bytesThatAreNotUtf8AreRefused(Importer importer, byte[] export) {
        byte[] latin1 = new String(export, StandardCharsets.UTF_8).replaceFirst("\"title\": \"", "\"title\": \"caf\u00e9 ")
                .getBytes(StandardCharsets.ISO_8859_1);

        UnreadableDocumentException refusal = Imports.refusal(importer, latin1, CONTEXT);

        assertThat(refusal.place().english()).matches(LINE_AND_COLUMN);
        assertThat(refusal.rule()).startsWith("not UTF-8:");
    }

    @ParameterizedTest
    @MethodSource("importers")
    void aCanonicalEditionDocumentIsNotASchedule(Importer importer, byte[] export) {
        byte[] canonical = Editions.export(new CanonicalJsonExporter(), Editions.sample(), "fr");

        UnreadableDocumentException refusal = Imports.refusal(importer, canonical, CONTEXT);

        assertThat(refusal.place().english()).isEqualTo("document (line 2, /format)");
        assertThat(refusal.rule()).endsWith(": import it with the json format");
        assertThat(importer.recognizes("snm-2026.json", new String(canonical, 0, 2000, StandardCharsets.UTF_8)))
                .isFalse();
    }

    @ParameterizedTest
    @MethodSource("importers")
    void aRepeatedPropertyIsRefusedWhereItIs(Importer importer, byte[] export) {
        UnreadableDocumentException refusal = Imports.refusal(importer,
                "{\"schedule\": {\"version\": \"1\",\n \"version\": \"2\"}}", CONTEXT);

        assertThat(refusal.place().english()).startsWith("line 2, column");
        assertThat(refusal.rule()).contains("duplicate property").contains("version");
    }

    @ParameterizedTest
    @MethodSource("importers")
    void damagedExportsGiveADraftOrARefusalAndNothingElse(Importer importer, byte[] export) {
        Random random = new Random(6);
        char[] damage = "{}[]\":,0-aT\\ é".toCharArray();
        String text = new String(export, StandardCharsets.UTF_8);
        for (int run = 0; run < 300; run++) {
            StringBuilder damaged = new StringBuilder(text);
            for (int hit = 0; hit <= random.nextInt(3); hit++) {
                int at = random.nextInt(damaged.length());
                if (random.nextBoolean()) {
                    damaged.setCharAt(at, damage[random.nextInt(damage.length)]);
                } else {
                    damaged.deleteCharAt(at);
                }
            }

            Throwable refusal = catchThrowable(() -> Imports.read(importer, damaged.toString(), CONTEXT));

            if (refusal != null) {
                assertThat(refusal).as("run %d", run).isInstanceOf(UnreadableDocumentException.class);
                assertThat(((UnreadableDocumentException) refusal).problems()).allSatisfy(p ->
                        assertThat(p.place().english()).matches(LINE_AND_COLUMN + "|.*\\((line \\d+, )?/.*\\)|…"));
                assertThat(refusal.getMessage()).doesNotContain("tools.jackson", "java.lang", "Exception");
            }
        }
    }

    @Test
    void wrongTypesAreProblemsAtTheirPointerAndAllAreReported() {
        String events = String.join(", ", Schedules.v1Event(1, "id", "{}"), Schedules.v1Event(2, "persons", "{}"),
                "42", Schedules.v1Event(4, "title", "true"));

        UnreadableDocumentException refusal = Imports.refusal(new FrabJsonImporter(), Schedules.v1(events), CONTEXT);

        assertThat(refusal.problems()).extracting(BrokenSchedulesTest::describe).containsExactly(
                "event guid-1 (line 16, /schedule/conference/days/0/rooms/Salle 1/0/id): wrong type for \"id\": expected a"
                        + " string or a whole number, found an object",
                "event 2 (line 16, /schedule/conference/days/0/rooms/Salle 1/1/persons): wrong type for \"persons\": expected"
                        + " an array, found an object",
                "event (line 16, /schedule/conference/days/0/rooms/Salle 1/2): wrong type for an element of \"Salle 1\":"
                        + " expected an event object, found the number 42",
                "event 4 (line 16, /schedule/conference/days/0/rooms/Salle 1/3/title): wrong type for \"title\": expected a"
                        + " string, found true");
    }

    @Test
    void badDatesAndDurationsAreProblemsOfTheirEvents() {
        String events = String.join(", ", Schedules.v1Event(1, "date", "\"tomorrow\""),
                Schedules.v1Event(2, "duration", "\"forever\""), Schedules.v1Event(3, "date", null, "start", "\"25:99\""),
                Schedules.v1Event(4));

        UnreadableDocumentException refusal = Imports.refusal(new FrabJsonImporter(),
                Schedules.v1(Schedules.BAMAKO.replace("2026-01-29", "29/01/2026"), events), CONTEXT);

        assertThat(refusal.problems()).extracting(BrokenSchedulesTest::describe).containsExactly(
                "conference (line 8, /schedule/conference/start): wrong value for \"start\": expected a date such as"
                        + " \"2019-08-21\", found the string \"29/01/2026\"",
                "event 1 (line 16, /schedule/conference/days/0/rooms/Salle 1/0/date): wrong value for \"date\": expected a"
                        + " date and time such as \"2019-08-21T11:00:00+02:00\", found the string \"tomorrow\"",
                "event 2 (line 16, /schedule/conference/days/0/rooms/Salle 1/1/duration): wrong value for \"duration\":"
                        + " expected a duration such as \"00:45\", \"0:45:00\" or \"PT45M\", found the string \"forever\"",
                "event 3 (line 16, /schedule/conference/days/0/rooms/Salle 1/2/start): wrong value for \"start\": expected a"
                        + " time of day such as \"11:00\", found the string \"25:99\"");
    }

    @Test
    void severalBrokenSchedule2EventsAreReportedTogether() {
        String events = String.join(", ", Schedules.schedule2Event("a", "start", "\"soon\""),
                Schedules.schedule2Event("b", "participants", "\"Awa\""),
                Schedules.schedule2Event("c", "abstract", "true"),
                Schedules.schedule2Event("d", "end", "\"2026-01-29T08:00:00+00:00\""),
                Schedules.schedule2Event("e", "end", null));

        UnreadableDocumentException refusal = Imports.refusal(new Schedule2Importer(), Schedules.schedule2(events),
                CONTEXT);

        assertThat(refusal.problems()).hasSizeGreaterThanOrEqualTo(2).extracting(BrokenSchedulesTest::describe)
                .containsExactly(
                        "event a (line 18, /schedule/events/0/start): wrong value for \"start\": expected a date and time such"
                                + " as \"2019-08-21T11:00:00+02:00\", found the string \"soon\"",
                        "event b (line 18, /schedule/events/1/participants): wrong type for \"participants\": expected an"
                                + " array, found the string \"Awa\"",
                        "event c (line 18, /schedule/events/2/abstract): wrong type for \"abstract\": expected a string or"
                                + " translations such as {\"fr\": \"…\", \"en\": \"…\"}, found true",
                        "event d (line 18, /schedule/events/3/end): the event ends before it starts",
                        "event e (line 18, /schedule/events/4/end): no \"end\": expected a date and time such as"
                                + " \"2024-12-27T11:00:00+01:00\"");
    }

    @Test
    void eachFormatSendsTheOtherToItsImporter() {
        UnreadableDocumentException v1AsSchedule2 = Imports.refusal(new Schedule2Importer(),
                Schedules.v1(Schedules.v1Event(1)), CONTEXT);
        UnreadableDocumentException schedule2AsV1 = Imports.refusal(new FrabJsonImporter(),
                Schedules.schedule2(Schedules.schedule2Event("a")), CONTEXT);

        assertThat(v1AsSchedule2.place().english()).isEqualTo("schedule (line 3, /schedule/events)");
        assertThat(v1AsSchedule2.rule()).endsWith("import it with the frab-json format");
        assertThat(schedule2AsV1.place().english()).isEqualTo("schedule (line 18, /schedule/events)");
        assertThat(schedule2AsV1.rule()).endsWith("import this document with the schedule2 format");
    }

    @Test
    void aDocumentWithoutScheduleSaysWhatItExpected() {
        UnreadableDocumentException refusal = Imports.refusal(new FrabJsonImporter(), "{\"conference\": {}}", CONTEXT);

        assertThat(refusal.place().english()).isEqualTo("document (line 1, /schedule)");
        assertThat(refusal.rule()).startsWith("no \"schedule\": expected a JSON object with \"schedule\"");
    }

    private static String describe(DocumentProblem problem) {
        return problem.place() + ": " + problem.ruleEn();
    }

    /** A head, then one character many times, then a tail, made up as they are read; counts what it served. */
    private static final class Generated extends InputStream {
        private final byte[] head;
        private final byte[] tail;
        private final long middle;
        private long served;

        Generated(String head, long middle, String tail) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.tail = tail.getBytes(StandardCharsets.UTF_8);
            this.middle = middle;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long total = head.length + middle + tail.length;
            if (served >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - served);
            for (int i = 0; i < n; i++) {
                long at = served + i;
                b[off + i] = at < head.length ? head[(int) at]
                        : at < head.length + middle ? (byte) 'a' : tail[(int) (at - head.length - middle)];
            }
            served += n;
            return n;
        }
    }

    @Test
    void aScheduleOver64MibIsRefusedWhereTheCanonicalDocumentMayHave512() {
        InputStream spaces = new PaddedDocument("{", 65L << 20);

        Throwable refusal = catchThrowable(() -> new FrabJsonImporter().read(spaces, CONTEXT));

        assertThat(refusal).isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.rule())
                .isEqualTo("document too long: a document may have 64 MiB (67108864 characters) at most"));
    }
}
