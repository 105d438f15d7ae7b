package org.digitalweek.event.cli.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Text broken into lines of at most a number of display columns ({@link DisplayWidth}), at spaces:
 * each line is a piece of the text as it is, and the spaces where it breaks are left out. A word wider
 * than a line is broken where the line ends, so that no line is ever wider than asked.
 */
public final class WordWrap {

    private WordWrap() {
    }

    /**
     * @param text  some text on one line
     * @param width the columns a line may take, at least 1
     * @return the lines, at least one (empty for an empty text)
     */
    public static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = start;
            int used = 0;
            int lastSpace = -1;
            while (end < length) {
                int c = text.codePointAt(end);
                int w = DisplayWidth.of(c);
                if (c == ' ') {
                    lastSpace = end;
                }
                if (used + w > width && c != ' ') {
                    break;
                }
                used += w;
                end += Character.charCount(c);
            }
            if (end < length && lastSpace > start) {
                end = lastSpace; // break at the last space that fits
            } else if (end == start) {
                end = start + Character.charCount(text.codePointAt(start)); // a line holds one character at least
            }
            lines.add(text.substring(start, end).stripTrailing());
            start = end;
            while (start < length && text.charAt(start) == ' ') {
                start++;
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }
}
