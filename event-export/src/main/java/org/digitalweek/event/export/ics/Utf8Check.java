package org.digitalweek.event.export.ics;

/**
 * Checks, byte after byte, that a stream is well-formed UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), and counts characters, so that the first bad byte can be
 * named by its line and column. biweekly would read such a byte as U+FFFD without a word.
 */
final class Utf8Check {

    private int needed;
    private int low = 0x80;
    private int high = 0xBF;

    /**
     * @param b the next byte, from 0 to 255
     * @return whether it may come here
     */
    boolean accept(int b) {
        if (needed > 0) {
            if (b < low || b > high) {
                return false;
            }
            needed--;
            low = 0x80;
            high = 0xBF;
            return true;
        }
        if (b < 0x80) {
            return true;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            return expect(1, 0x80, 0xBF);
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return expect(2, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);
        }
        if (b >= 0xF0 && b <= 0xF4) {
            return expect(3, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);
        }
        return false;
    }

    /** @return whether the last byte accepted ended a character */
    boolean atCharacterEnd() {
        return needed == 0;
    }

    private boolean expect(int continuation, int secondLow, int secondHigh) {
        needed = continuation;
        low = secondLow;
        high = secondHigh;
        return true;
    }
}
