package org.digitalweek.event.export.ics;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11) for the extension properties that biweekly writes as they
 * are; its own properties it escapes itself.
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
}
