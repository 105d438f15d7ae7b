package org.digitalweek.event.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.text.Language;

/** The progress line, driven by a ticker the test moves: when it shows, what it says, how it is cleared. */
class ProgressLineTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(5 * SECOND);
    private final StringWriter terminal = new StringWriter();

    private ProgressLine line(Language language, long total) {
        return ProgressLine.shown(terminal, language, "lecture", "reading", total, now::get);
    }

    private static void read(InputStream in, int bytes) throws IOException {
        assertThat(in.readNBytes(bytes)).hasSize(bytes);
    }

    @Test
    void shortWorkShowsNothing() throws IOException {
        ProgressLine line = line(Language.FR, 48_000_000);
        read(line.counting(new ByteArrayInputStream(new byte[4096])), 4096);
        now.addAndGet(SECOND - 1);
        line.tick();
        line.close();

        assertThat(terminal.toString()).isEmpty();
        assertThat(line.done()).isEqualTo(4096);
    }

    @Test
    void afterASecondTheLineSaysBytesOfTheTotalInFrenchAndIsRewrittenInPlace() throws IOException {
        ProgressLine line = line(Language.FR, 48_000_000);
        InputStream in = line.counting(new ByteArrayInputStream(new byte[24_000_000]));
        read(in, 12_300_000);
        now.addAndGet(SECOND);
        line.tick();
        assertThat(terminal.toString()).isEqualTo("\rlecture : 12,3 Mo / 48,0 Mo (25 %)");

        read(in, 700_000);
        now.addAndGet(SECOND / 5);
        line.tick();
        assertThat(terminal.toString()).endsWith("\rlecture : 13,0 Mo / 48,0 Mo (27 %)");
    }

    @Test
    void inEnglishWithoutATotalTheLineSaysTheBytesAlone() throws IOException {
        ProgressLine line = ProgressLine.shown(terminal, Language.EN, "écriture", "writing", 0, now::get);
        OutputStream out = line.counting(new ByteArrayOutputStream());
        out.write(new byte[1_500], 0, 1_500);
        out.write(7);
        now.addAndGet(2 * SECOND);
        line.tick();

        assertThat(terminal.toString()).isEqualTo("\rwriting: 1.5 kB");
    }

    @Test
    void aShorterLineCoversTheLongerOneAndClosingClearsIt() throws IOException {
        ProgressLine line = ProgressLine.shown(terminal, Language.EN, "écriture", "writing", 0, now::get);
        OutputStream out = line.counting(OutputStream.nullOutputStream());
        out.write(new byte[999_949], 0, 999_949);
        now.addAndGet(SECOND);
        line.tick(); // "writing: 999.9 kB", 17 characters
        out.write(new byte[11], 0, 11);
        line.tick(); // "writing: 1.0 MB", 15, and 2 spaces over what is left
        line.close();
        line.tick();

        assertThat(terminal.toString()).isEqualTo("\rwriting: 999.9 kB" + "\rwriting: 1.0 MB  "
                + "\r" + " ".repeat(15) + "\r");
    }

    @Test
    void anUnchangedLineIsNotDrawnAgain() {
        ProgressLine line = line(Language.EN, 10);
        now.addAndGet(3 * SECOND);
        line.tick();
        line.tick();

        assertThat(terminal.toString()).isEqualTo("\rreading: 0 B / 10 B (0%)");
    }

    @Test
    void aHiddenLineCountsAndNeverShows() throws IOException {
        ProgressLine line = ProgressLine.hidden();
        read(line.counting(new ByteArrayInputStream(new byte[10])), 10);
        line.tick();

        assertThat(line.visible()).isFalse();
        assertThat(line.done()).isEqualTo(10);
    }

    @Test
    void sizesReadAsAPersonReadsThem() {
        assertThat(ByteSize.of(0, Language.FR)).isEqualTo("0 o");
        assertThat(ByteSize.of(999, Language.EN)).isEqualTo("999 B");
        assertThat(ByteSize.of(999_960, Language.FR)).isEqualTo("1,0 Mo");
        assertThat(ByteSize.of(2_500_000_000L, Language.EN)).isEqualTo("2.5 GB");
        assertThat(ByteSize.percent(60, 48, Language.FR)).isEqualTo("100 %");
    }
}
