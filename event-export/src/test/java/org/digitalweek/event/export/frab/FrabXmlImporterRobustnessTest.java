package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.error.DocumentProblem;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.ImportContext;

/**
 * Broken and hostile documents: each fails with an {@link UnreadableDocumentException} that names the
 * line and column and says the rule in plain words; none expands an entity, reads a file, fills the
 * memory, or lets the parser's own layout or types through.
 */
class FrabXmlImporterRobustnessTest {

    private static final String PLACE = "(event \\d+ \\()?line \\d+, column \\d+\\)?";
    private static final ImportContext CONTEXT = ImportContext.named("broken.xml");

    @Test
    void theValidDocumentTheseTestsBreakIsRead() throws IOException {
        assertThat(FrabImports.read(FrabDocuments.valid(), CONTEXT).edition().sessions()).hasSize(2);
    }

    @Test
    void aTruncatedDocumentSaysWhereItEnds() {
        String whole = FrabDocuments.valid();
        UnreadableDocumentException e = failure(whole.substring(0, whole.indexOf("<title>Event 2") + 10));

        assertThat(e.place().english()).isEqualTo("line 23, column 15");
        assertThat(e.rule()).isEqualTo("truncated: the document ends before its elements are closed");
        assertClean(e);
    }

    @Test
    void textWhereADurationOrADateIsExpectedIsAProblemAtTheEventAndItsLine() {
        UnreadableDocumentException e = failure(FrabDocuments.schedule(
                FrabDocuments.event("1234", "2026-03-10T09:00:00+00:00", "soon")));

        assertThat(e.problems()).extracting(p -> p.describe("en")).containsExactly("event 1234 (line 17, column 5)" + ": " +
                "wrong value for <duration>: expected a duration such as 0:30, 00:30 or 01:00:00, found \"soon\"");
        assertThat(e.getMessage()).isEqualTo("broken.xml at event 1234 (line 17, column 5): wrong value for "
                + "<duration>: expected a duration such as 0:30, 00:30 or 01:00:00, found \"soon\"");

        assertThat(failure(FrabDocuments.schedule(FrabDocuments.event("7", "yesterday", "0:30"))).problems())
                .extracting(p -> p.describe("en")).containsExactly("event 7 (line 16, column 5)" + ": " + "wrong value for <date>: expected "
                        + "a date and time with an offset such as 2026-01-29T09:00:00+00:00, found \"yesterday\"");
    }

    @Test
    void datesThatDoNotExistAndTimesOfDayBeyondTheDayAreProblems() {
        assertThat(failure(FrabDocuments.schedule(FrabDocuments.event("5", "2026-02-30T09:00:00+00:00", "1:00")))
                .rule()).startsWith("wrong value for <date>: expected a date and time").endsWith("found \"2026-02-30T09:00:00+00:00\"");
        assertThat(failure(FrabDocuments.valid().replace("<start>2026-03-10</start>", "<start>2026-13-01</start>")))
                .satisfies(e -> {
                    assertThat(e.place().english()).isEqualTo("conference (line 7, column 5)");
                    assertThat(e.rule()).isEqualTo("wrong value for <start>: expected a date such as 2026-01-29, "
                            + "found \"2026-13-01\"");
                });
        assertThat(failure(FrabDocuments.valid().replace("date=\"2026-03-10\"", "date=\"2026-99-01\"")).problems())
                .extracting(p -> p.describe("en")).containsExactly("day (line 13, column 3)" + ": " + "wrong value for attribute date of <day>: "
                        + "expected a date such as 2026-01-29, found \"2026-99-01\"");
        String byStart = FrabDocuments.valid().replace("<date>2026-03-10T09:00:00+00:00</date>", "<start>25:10</start>");
        assertThat(failure(byStart).problems()).extracting(p -> p.describe("en")).containsExactly("event 1 (line 16, column 5)" + ": " +
                "wrong value for <start>: expected a time of day such as 09:30, found \"25:10\"");
    }

    @Test
    void everyBadValueIsReportedTogetherInDocumentOrder() {
        UnreadableDocumentException e = failure(FrabDocuments.schedule(
                FrabDocuments.event("1", "2026-03-10T09:00:00+00:00", "1:00"),
                FrabDocuments.event("2", "tomorrow", "0:30"),
                FrabDocuments.event("3", "2026-03-10T11:00:00+00:00", "half an hour"),
                FrabDocuments.event("4", "2026-03-10 noon", "later")));

        assertThat(e.problems()).extracting(w -> w.place().english()).containsExactly(
                "event 2 (line 21, column 5)", "event 3 (line 27, column 5)", "event 4 (line 31, column 5)",
                "event 4 (line 32, column 5)");
        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(e.getMessage()).startsWith("broken.xml: 4 problems\n  event 2 (line 21, column 5): wrong value");
    }

    @Test
    void tenThousandNestedElementsFailAtTheLimitOfSixtyFour() {
        String deep = "<schedule>" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</schedule>";
        UnreadableDocumentException e = failure(deep);

        assertThat(e.place().english()).isEqualTo("line 1, column " + (11 + 3 * 63));
        assertThat(e.rule()).isEqualTo("too deeply nested: elements may be nested 64 levels deep at most");
    }

    @Test
    void theBillionLaughsAreRefusedAtTheDoctypeAndNeverExpanded() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        String bomb = dtd + "]>\n<schedule><version>&lol9;</version></schedule>\n";

        UnreadableDocumentException e = failure(bomb);

        assertThat(e.place().english()).as("where the doctype ends").startsWith("line 13, column ");
        assertThat(e.rule()).startsWith("DTDs are not allowed: ");
        assertThat(e.getMessage()).doesNotContain("lollol");
    }

    @Test
    void anExternalEntityIsNeverReadNorIsAnExternalDtd(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-42");
        String entity = "<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<schedule><conference><title>&xxe;</title></conference></schedule>";
        String external = "<!DOCTYPE schedule SYSTEM \"" + secret.toUri() + "\"><schedule/>";
        String parameter = "<!DOCTYPE schedule [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]><schedule/>";

        for (String hostile : new String[] {entity, external, parameter}) {
            UnreadableDocumentException e = failure(hostile);
            assertThat(e.rule()).startsWith("DTDs are not allowed");
            assertThat(e.place().english()).matches(PLACE);
            assertThat(e.getMessage() + e.problems()).doesNotContain("TOP-SECRET");
        }
        UnreadableDocumentException undeclared = failure("<schedule><version>&xxe;</version></schedule>");
        assertThat(undeclared.rule()).isEqualTo("not well-formed XML: The entity \"xxe\" was referenced, but not declared.");
        assertThat(undeclared.place().english()).isEqualTo("line 1, column 25");
    }

    @Test
    void aFiftyMegabyteTextFailsFastAfterItsFirstMebibyte() {
        GeneratedDocument huge = new GeneratedDocument("<schedule><conference><title>", 'x', 50L * 1024 * 1024,
                "</title></conference></schedule>");
        long start = System.nanoTime();

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> new FrabXmlImporter().read(huge, CONTEXT));

        assertThat(e.rule()).isEqualTo("text too long in <title>: a single text value may have 1 MiB (1048576 "
                + "characters) at most");
        assertThat(e.place().english()).isEqualTo("line 1, column 23");
        assertThat(huge.served()).as("bytes read before failing").isLessThan(2L * 1024 * 1024);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aLongAttributeFailsToo() {
        UnreadableDocumentException e = failure("<schedule><day date=\"" + "9".repeat(1024 * 1024 + 1) + "\"/></schedule>");

        assertThat(e.rule()).isEqualTo("text too long in attribute date of <day>: a single text value may have 1 MiB "
                + "(1048576 characters) at most");
        assertThat(e.place().english()).isEqualTo("line 1, column 11");
    }

    @Test
    void aDocumentOverSixtyFourMebibytesStopsThere() {
        GeneratedDocument huge = new GeneratedDocument("<schedule>", ' ', 65L * 1024 * 1024, "</schedule>");

        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> new FrabXmlImporter().read(huge, CONTEXT));

        assertThat(e.rule()).isEqualTo("document too long: a schedule.xml may have 64 MiB (67108864 bytes) at most");
        assertThat(e.place().english()).matches(PLACE);
        assertThat(huge.served()).isLessThan(65L * 1024 * 1024);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWhereTheyAreAndNothingIsPrinted() throws IOException {
        byte[] valid = FrabDocuments.valid().getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = FrabDocuments.valid().replace("Event 2", "Év 2").getBytes(StandardCharsets.ISO_8859_1);
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        UnreadableDocumentException e;
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            e = catchThrowableOfType(UnreadableDocumentException.class, () -> FrabImports.read(latin1, CONTEXT));
        } finally {
            System.setErr(err);
        }

        assertThat(valid).hasSizeGreaterThan(0);
        assertThat(e.place().english()).isEqualTo("line 23, column 12");
        assertThat(e.rule()).isEqualTo("not UTF-8: the text from about this place has bytes that are not UTF-8; save "
                + "the document as UTF-8");
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aDeclaredEncodingIsReadAndAnUnknownOneIsRefused() throws IOException {
        String latin = FrabDocuments.valid().replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .replace("Event 2", "Événement 2");
        assertThat(FrabImports.read(latin.getBytes(StandardCharsets.ISO_8859_1), CONTEXT).edition().sessions())
                .extracting(s -> s.title().get("en")).contains("Événement 2");

        UnreadableDocumentException e = failure(FrabDocuments.valid().replace("UTF-8", "KLINGON-8"));
        assertThat(e.place().english()).isEqualTo("line 1, column 1");
        assertThat(e.rule()).isEqualTo("unknown encoding \"KLINGON-8\" in the XML declaration: save the document as UTF-8");
    }

    @Test
    void anEmptyFileAndAFileWithoutElementsSaySo() {
        assertThat(failure("")).satisfies(e -> {
            assertThat(e.place().english()).isEqualTo("line 1, column 1");
            assertThat(e.rule()).isEqualTo("empty document: a schedule.xml has a <schedule> element");
        });
        assertThat(failure("<?xml version=\"1.0\"?>\n\n").rule())
                .isEqualTo("no element: the document ends before its <schedule> element");
    }

    @Test
    void anotherRootElementIsNotASchedule() {
        UnreadableDocumentException e = failure("<?xml version=\"1.0\"?>\n<html><body/></html>");

        assertThat(e.place().english()).as("where its start tag ends").isEqualTo("line 2, column 7");
        assertThat(e.rule()).isEqualTo("not a schedule.xml: the root element is <html>, where a schedule.xml has <schedule>");
    }

    @Test
    void malformedMarkupNamesTheParsersRuleAfterAPlainPrefix() {
        UnreadableDocumentException e = failure("<schedule>\n  <conference></day>\n</schedule>");

        assertThat(e.place().english()).isEqualTo("line 2, column 17");
        assertThat(e.rule()).isEqualTo("not well-formed XML: The element type \"conference\" must be terminated by the "
                + "matching end-tag \"</conference>\".");
        assertClean(e);
        assertThat(failure(FrabDocuments.valid() + "<trailing/>").rule()).startsWith("not well-formed XML: ");
    }

    @Test
    void theJdksOwnLimitsOnAttributesAndNamesAreSaidPlainly() {
        StringBuilder many = new StringBuilder("<schedule>\n<day");
        for (int i = 0; i < 101; i++) {
            many.append(" a").append(i).append("=\"1\"");
        }
        assertThat(failure(many + "/></schedule>").rule())
                .isEqualTo("too many attributes: an element may have 100 attributes at most");
        assertThat(failure("<schedule><" + "n".repeat(1001) + "/></schedule>").rule())
                .isEqualTo("name too long: names of elements and attributes may have 1000 characters at most");
    }

    @Test
    void aStreamThatFailsIsAnIoExceptionNotABrokenDocument() {
        InputStream failing = new SequenceInputStream(new GeneratedDocument("<schedule>", ' ', 20_000, ""),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("the disk is gone");
                    }
                });

        assertThatThrownBy(() -> new FrabXmlImporter().read(failing, CONTEXT)).isExactlyInstanceOf(IOException.class)
                .hasMessage("the disk is gone");
    }

    @Test
    void theLimitsCanBeLoweredForTests() {
        FrabXmlImporter strict = new FrabXmlImporter(new XmlLimits(100, 64, 1024));
        assertThatCode(() -> strict.read(new GeneratedDocument("<schedule>", ' ', 200, "</schedule>"), CONTEXT))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("document too long: a schedule.xml may have 100 bytes at most");
    }

    private static UnreadableDocumentException failure(String xml) {
        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> FrabImports.read(xml, CONTEXT));
        assertThat(e).as("the import of a broken document fails").isNotNull();
        assertThat(e.source()).isEqualTo("broken.xml");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.place().english()).matches("(conference |day )?\\(?" + PLACE));
        assertClean(e);
        return e;
    }

    /** No layout, type or stack of the parser reaches the user. */
    private static void assertClean(UnreadableDocumentException e) {
        assertThat(e.getMessage()).doesNotContain("ParseError", "[row,col]", "javax.", "com.sun", "Exception", "\tat ");
        assertThat(e.getMessage("fr")).doesNotContain("ParseError");
    }

    /** A document made on the fly: a head, a filler byte repeated, a tail; counts what was read. */
    private static final class GeneratedDocument extends InputStream {

        private final byte[] head;
        private final byte filler;
        private final long fillers;
        private final byte[] tail;
        private long served;

        GeneratedDocument(String head, char filler, long fillers, String tail) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.filler = (byte) filler;
            this.fillers = fillers;
            this.tail = tail.getBytes(StandardCharsets.UTF_8);
        }

        long served() {
            return served;
        }

        @Override
        public int read() {
            long total = head.length + fillers + tail.length;
            if (served >= total) {
                return -1;
            }
            long at = served++;
            if (at < head.length) {
                return head[(int) at];
            }
            return at < head.length + fillers ? filler : tail[(int) (at - head.length - fillers)];
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            int n = 0;
            while (n < length) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                target[offset + n++] = (byte) b;
            }
            return n;
        }
    }
}
