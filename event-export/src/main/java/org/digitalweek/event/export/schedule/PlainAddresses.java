package org.digitalweek.event.export.schedule;

import org.digitalweek.event.domain.model.WebAddresses;

/**
 * The plain web addresses that make up most of a schedule's links ({@code https://video.fosdem.org/2021/
 * K.fosdem/keynotes_welcome.mp4}), recognised in one pass over their characters. Every address this
 * recognises, {@link WebAddresses#parse} takes as it is written; for any other address the caller asks
 * {@link WebAddresses#parse}, which stays the rule. Parsing each link as a {@link java.net.URI} was the
 * largest single cost of importing a schedule with several links an event (FOSDEM's).
 *
 * <p>Plain means: {@code http://} or {@code https://} in lower case; a host name of ASCII letters,
 * digits and inner hyphens in dot-separated labels, the last starting with a letter (so not an IP
 * address), without user, port or trailing dot; then nothing, or a path and query of ASCII
 * letters, digits, {@code -_.!~*'();:@&=+$,/?} and {@code %} followed by two hexadecimal digits; no
 * fragment; at most {@value WebAddresses#LONGEST} characters.
 */
final class PlainAddresses {

    /** The ASCII characters of a plain path and query, but the {@code %} of an escape. */
    private static final boolean[] PATH = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            PATH[c] = letterOrDigit(c) || "-_.!~*'();:@&=+$,/?".indexOf(c) >= 0;
        }
    }

    private PlainAddresses() {
    }

    /**
     * @param text a candidate address, not null
     * @return whether it is plain, and so a usable web address as written
     */
    static boolean isPlain(String text) {
        int n = text.length();
        if (n > WebAddresses.LONGEST) {
            return false;
        }
        int host = text.startsWith("https://") ? 8 : text.startsWith("http://") ? 7 : -1;
        if (host < 0) {
            return false;
        }
        int end = hostEnd(text, host);
        return end > host && (end == n || text.charAt(end) == '/' || text.charAt(end) == '?')
                && plainRest(text, end);
    }

    /**
     * @return where a plain host name that starts at {@code start} ends, or -1 when it is not plain:
     *         labels of letters, digits and inner hyphens, the last starting with a letter
     */
    private static int hostEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (true) {
            int label = i;
            while (i < n && inLabel(text.charAt(i))) {
                i++;
            }
            if (i == label || text.charAt(label) == '-' || text.charAt(i - 1) == '-') {
                return -1;
            }
            if (i < n && text.charAt(i) == '.') {
                i++;
                continue;
            }
            return letter(text.charAt(label)) ? i : -1;
        }
    }

    /** Whether the path and query from {@code start} hold only plain characters and whole escapes. */
    private static boolean plainRest(String text, int start) {
        int n = text.length();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= n || !hex(text.charAt(i + 1)) || !hex(text.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c >= PATH.length || !PATH[c]) {
                return false;
            }
        }
        return true;
    }

    private static boolean inLabel(char c) {
        return letterOrDigit(c) || c == '-';
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean letterOrDigit(char c) {
        return letter(c) || c >= '0' && c <= '9';
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
