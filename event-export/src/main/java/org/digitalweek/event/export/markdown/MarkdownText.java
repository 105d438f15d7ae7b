package org.digitalweek.event.export.markdown;

/** Makes data inert in Markdown: every character that could start markup is backslash-escaped. */
final class MarkdownText {

    /** ASCII punctuation that CommonMark or GitHub's extensions give a meaning inside a line. */
    private static final String SPECIAL = "\\`*_[]<>|~#!&";

    private MarkdownText() {
    }

    /**
     * @param data any text
     * @return the text on one line, with markup characters escaped
     */
    static String escape(String data) {
        StringBuilder out = new StringBuilder(data.length() + 8);
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
