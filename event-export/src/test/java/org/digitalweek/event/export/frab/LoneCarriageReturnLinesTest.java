package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.model.ImportWarning;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Places name lines as editors and {@code grep -n} count them: a lone CR inside a text of a file
 * whose lines end with LF is no line break, though the XML parser counts one; in a file whose lines
 * end with CR alone, each CR is one.
 */
class LoneCarriageReturnLinesTest {

    private static final String BAD_EVENT = FrabDocuments.event("3", "not a date", "0:30");

    @Test
    void aLoneCrInATextOfAnLfFileDoesNotMoveTheLinesAfterIt() {
        String xml = FrabDocuments.schedule(FrabDocuments.event("1", "2026-03-10T09:00:00+00:00", "1:00")
                .replace("<title>Event 1", "<title>Event\r one\r\ris here"), BAD_EVENT);

        UnreadableDocumentException refusal = refusal(xml);

        assertThat(refusal.problems()).extracting(p -> p.place().english())
                .containsExactly("event 3 (line " + grepLine(xml, "not a date") + ", column 5)");
    }

    @Test
    void aLoneCrAfterTextOnALineMovesTheColumnsOnThatLine() throws IOException {
        String xml = FrabDocuments.schedule(FrabDocuments.event("1", "2026-03-10T09:00:00+00:00", "1:00")
                .replace("<title>Event 1</title>", "<subtitle>a\rb</subtitle><unknown/><title>Event 1</title>"));

        List<ImportWarning> warnings = FrabImports.read(xml, ImportContext.named("cr.xml")).warnings();

        String unknown = warnings.stream().filter(w -> w.messageEn().contains("unknown")).findFirst()
                .orElseThrow().place().english();
        int line = grepLine(xml, "<unknown/>");
        assertThat(unknown).isEqualTo("event 1 (line " + line + ", column " + grepColumn(xml, "<unknown/>") + ")");
    }

    @Test
    void inAFileWithCrLineEndsEveryCrIsALineBreak() {
        String xml = FrabDocuments.schedule(FrabDocuments.event("1", "2026-03-10T09:00:00+00:00", "1:00"), BAD_EVENT)
                .replace("\n", "\r");

        UnreadableDocumentException refusal = refusal(xml);

        assertThat(refusal.problems()).extracting(p -> p.place().english()).containsExactly("event 3 (line 21, column 5)");
    }

    @Test
    void crLfCountsOnce() {
        String xml = FrabDocuments.schedule(FrabDocuments.event("1", "2026-03-10T09:00:00+00:00", "1:00"), BAD_EVENT)
                .replace("\n", "\r\n");

        UnreadableDocumentException refusal = refusal(xml);

        assertThat(refusal.problems()).extracting(p -> p.place().english()).containsExactly("event 3 (line 21, column 5)");
    }

    private static UnreadableDocumentException refusal(String xml) {
        UnreadableDocumentException refusal = catchThrowableOfType(UnreadableDocumentException.class,
                () -> FrabImports.read(xml, ImportContext.named("cr.xml")));
        assertThat(refusal).as("the document must be refused").isNotNull();
        return refusal;
    }

    /** The line of a part of the text as {@code grep -n} says it: LF ends a line, nothing else. */
    private static int grepLine(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int grepColumn(String text, String part) {
        int at = text.indexOf(part);
        return at - text.lastIndexOf('\n', at);
    }
}
