package org.digitalweek.event.export.communique;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrap at a fixed width. Only ordinary spaces break a line; a no-break space (U+00A0) keeps
 * a French guillemet or a note mark with its word. A word longer than the width stands alone.
 */
final class PlainText {

    /** The widest line, in characters. */
    static final int WIDTH = 78;

    private PlainText() {
    }

    /**
     * @param text        one paragraph
     * @param firstPrefix what starts the first line, e.g. {@code "- "}
     * @param nextPrefix  what starts the other lines, e.g. two spaces
     * @return the lines, without line ends
     */
    static List<String> wrap(String text, String firstPrefix, String nextPrefix) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstPrefix);
        int emptyLength = firstPrefix.length();
        for (String word : text.trim().split(" +")) {
            if (line.length() > emptyLength && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(nextPrefix);
                emptyLength = nextPrefix.length();
            }
            if (line.length() > emptyLength) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
