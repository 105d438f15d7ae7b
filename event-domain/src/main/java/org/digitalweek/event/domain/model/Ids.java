package org.digitalweek.event.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;


/** The one syntax of every id in the model, so ids are safe in file names, URLs and UIDs. */
public final class Ids {

    /** Letters, digits and {@code . _ : -}, starting with a letter or digit, at most 128 characters. */
    public static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private Ids() {
    }

    /**
     * @param value a candidate id
     * @return whether it is a well-formed id
     */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > 128 || !isLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) { // the SYNTAX, by hand: every id of every document passes here
            char c = value.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    static void check(String type, String value) {
        Objects.requireNonNull(value, () -> "'" + type + "' must not be null");
        if (!isValid(value)) { // the message is written only for an id that breaks the rule
            Invariants.require(false, type,
                    "'" + value + "' is not an id: letters, digits and . _ : - only, first a letter or digit, at most 128");
        }
    }
}
