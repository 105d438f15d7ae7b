package org.digitalweek.event.export.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The scans made for speed over the characters a parser hands out agree with the rules they stand
 * for: a piece that {@link TypedText#surelyClean} passes holds no character {@link TypedText#clean}
 * refuses, and lines counted a run at a time are lines counted one character at a time.
 */
class QuickScansPropertyTest {

    @Property(tries = 3000)
    void whatPassesTheQuickLookIsClean(@ForAll("texts") String text) {
        char[] chars = ("<" + text + ">").toCharArray();
        if (TypedText.surelyClean(chars, 1, text.length())) {
            assertThat(TypedText.clean(text)).isTrue();
        }
        if (TypedText.clean(text) && text.chars().allMatch(c -> c < 0x7F || c >= 0xA0 && c < 0xD800)) {
            assertThat(TypedText.surelyClean(chars, 1, text.length())).isTrue();
        }
    }

    @Property(tries = 1000)
    void linesCountedByRunsAreLinesCountedByCharacters(@ForAll("texts") String text,
                                                       @ForAll @IntRange(min = 1, max = 7) int chunk)
            throws IOException {
        LineBreaks byChar = LineBreaks.forJdkXml();
        text.chars().forEach(c -> byChar.accept((char) c));
        LineBreaks byRun = LineBreaks.forJdkXml();
        Reader counted = byRun.counting(new StringReader(text));
        char[] buffer = new char[chunk];
        while (counted.read(buffer, 0, chunk) >= 0) {
            // counted as read
        }
        for (int line = 1; line <= 6; line++) {
            for (int column = 1; column <= 6; column++) {
                assertThat(byRun.place(line, column)).isEqualTo(byChar.place(line, column));
            }
        }
        assertThat(byRun.settled()).isEqualTo(byChar.settled());
    }

    @Provide
    Arbitrary<String> texts() {
        List<Character> odd = List.of('\t', '\n', '\r', '\u0001', '\u001F', '\u007F', '\u0085', '\u009F', '\u00A0',
                'é', '\uD7FF', '\uD83D', '\uDE00', '\uE000', '\uFFFD', '\uFFFE', '\uFFFF', ' ', '~', 'a');
        return Arbitraries.of(odd).list().ofMaxSize(12)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
    }
}
