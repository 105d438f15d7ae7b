package org.digitalweek.event.export.ics;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11) for the extension properties that biweekly writes as they
 * are, and unescapes those it reads as they are; its own properties it escapes and unescapes itself.
 */
final class TextValues {

    private TextValues() {
    }

    /**
     * @param text any text
     * @return it with {@code \ ; ,} preceded by a backslash and line breaks written {@code \n}
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', ';', ',' -> escaped.append('\\').append(c);
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * @param text a TEXT value as written
     * @return it with {@code \\ \; \,} and {@code \n} (or {@code \N}) read back; any other backslash kept
     */
    static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                plain.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case '\\', ';', ',' -> plain.append(next);
                case 'n', 'N' -> plain.append('\n');
                default -> plain.append(c).append(next);
            }
        }
        return plain.toString();
    }
}
