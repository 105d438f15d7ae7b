package org.digitalweek.event.domain.validation;

import java.util.OptionalInt;

import jakarta.validation.ConstraintValidatorContext;

/** The rule of {@link PlainText}: which characters a typed text may not hold, and how to say where one is. */
final class TypedCharacters {

    private TypedCharacters() {
    }

    /**
     * @param text a text
     * @return the index of its first character that no one types, if any
     */
    static OptionalInt firstUntyped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) || c == '\uFFFE' || c == '\uFFFF' || isLoneSurrogate(text, i)) {
                return OptionalInt.of(i);
            }
            if (Character.isHighSurrogate(c)) {
                i++; // the pair's low half, checked by isLoneSurrogate
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Replaces the constraint's message by the plain-text rule, naming the character and its place.
     *
     * @param text    the text
     * @param index   where its first untyped character is
     * @param context the validation context
     */
    static void report(String text, int index, ConstraintValidatorContext context) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(String.format("{org.digitalweek.event.PlainText.message}"
                + " U+%04X {org.digitalweek.event.PlainText.at} %d", (int) text.charAt(index), index + 1)).addConstraintViolation();
    }

    private static boolean isControl(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F;
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }
}
