package org.digitalweek.event.cli.progress;

import org.digitalweek.event.cli.text.Language;

/**
 * A number of bytes as a person reads it, in decimal units (1 MB = 1,000,000 bytes), one decimal
 * above a kilobyte: French {@code 12,3 Mo}, English {@code 12.3 MB}.
 */
final class ByteSize {

    private static final String[] FRENCH = {"o", "ko", "Mo", "Go", "To"};
    private static final String[] ENGLISH = {"B", "kB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    /**
     * @param bytes    a number of bytes, not negative
     * @param language the language of the unit and of the decimal separator
     * @return e.g. {@code 512 o}, {@code 48,0 Mo}, {@code 1.5 GB}
     */
    static String of(long bytes, Language language) {
        String[] units = language == Language.FR ? FRENCH : ENGLISH;
        if (bytes < 1000) {
            return bytes + " " + units[0];
        }
        double value = bytes;
        int unit = 0;
        while (value >= 999.95 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(language.locale(), "%.1f %s", value, units[unit]);
    }

    /**
     * @param done     what is done
     * @param total    the whole, more than zero
     * @param language the language: French puts a space before the sign
     * @return e.g. {@code 25 %} or {@code 25%}, never above 100
     */
    static String percent(long done, long total, Language language) {
        long percent = Math.min(100, done * 100 / total);
        return language == Language.FR ? percent + " %" : percent + "%";
    }
}
