package org.digitalweek.event.cli.text;

/**
 * How many columns of a terminal a text takes: a combining accent or a zero-width character none, an
 * East Asian wide or full-width character or an emoji two, any other character one. Text is measured
 * as shown, after its controls are escaped ({@link VisibleControls}), and without style escapes.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    /**
     * @param text some text without controls
     * @return the columns it takes
     */
    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += of(c);
            i += Character.charCount(c);
        }
        return width;
    }

    /**
     * @param c a code point
     * @return the columns it takes: 0, 1 or 2
     */
    public static int of(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || (c >= 0x1160 && c <= 0x11FF)) { // Hangul medial vowels and final consonants join the syllable
            return 0;
        }
        return isWide(c) ? 2 : 1;
    }

    /** The East Asian Wide and Full-width blocks and the emoji, as terminals draw them. */
    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
                || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    /**
     * @param text  some text
     * @param width the columns it may take, at least 1
     * @return the text, or as much of it as fits in {@code width - 1} columns followed by {@code …}
     */
    public static String cut(String text, int width) {
        if (of(text) <= width) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int w = of(c);
            if (used + w > width - 1) {
                break;
            }
            kept.appendCodePoint(c);
            used += w;
            i += Character.charCount(c);
        }
        return kept.toString().stripTrailing() + "…";
    }

    /**
     * @param text  some text
     * @param width the columns it should take
     * @return the text followed by as many spaces as it takes to fill {@code width} columns
     */
    public static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }
}
