package org.digitalweek.event.export.schedule;

import java.util.function.Supplier;

import org.digitalweek.event.domain.error.DocumentPlace;

/**
 * Clears the texts of another program's schedule of the characters no one types, which the domain
 * refuses in every text ({@code @PlainText}): control characters but tab and line breaks
 * (U+0000–U+001F, U+007F–U+009F), lone surrogates, U+FFFE and U+FFFF. XML 1.0 and JSON carry some of
 * them, and other readers take such a file, so the schedule importers repair it rather than refuse
 * it: a run of such characters between two characters that are not spaces becomes one space (it
 * separated two words), anywhere else it is dropped. Each kind of repair is said once for the whole
 * document, with its first places and a count ({@link Repairs#addRepeated}). Commands and the
 * canonical JSON never come here: they still refuse such text.
 */
public final class TypedText {

    private static final String CONTROL = "untyped control character";
    private static final String NOT_A_CHARACTER = "untyped non-character";

    private final Repairs repairs;

    /** @param repairs where each repair is said */
    public TypedText(Repairs repairs) {
        this.repairs = repairs;
    }

    /**
     * @param text  a text of the schedule, possibly null
     * @param place where it is, for the repair: the event's id and the line, e.g. {@code event 11795 (line 40, column 7)}
     * @return the text without the characters no one types (null stays null); the repair, if any, is said
     */
    public String repaired(String text, DocumentPlace place) {
        return repaired(text, () -> place);
    }

    /**
     * @param text  a text of the schedule, possibly null
     * @param place where it is, for the repair; asked only when there is one, as most texts are clean
     * @return the text without the characters no one types (null stays null); the repair, if any, is said
     */
    public String repaired(String text, Supplier<DocumentPlace> place) {
        if (text == null || clean(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        boolean control = false;
        boolean notCharacter = false;
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && untyped(text, end)) {
                control |= isControl(text.charAt(end));
                notCharacter |= !isControl(text.charAt(end));
                end++;
            }
            if (end == i) {
                kept.append(text.charAt(i++));
                continue;
            }
            if (i > 0 && end < text.length() && !Character.isWhitespace(text.charAt(i - 1))
                    && !Character.isWhitespace(text.charAt(end))) {
                kept.append(' '); // it separated two words
            }
            i = end;
        }
        if (control) {
            repairs.addRepeated(CONTROL, place.get(), "caractère de contrôle retiré du texte (U+0000 à U+001F sauf "
                    + "tabulation et fins de ligne, U+007F à U+009F) ; une espace là où il séparait deux mots",
                    "control character removed from the text (U+0000 to U+001F but tab and line breaks, U+007F to "
                    + "U+009F); a space where it separated two words");
        }
        if (notCharacter) {
            repairs.addRepeated(NOT_A_CHARACTER, place.get(), "non-caractère retiré du texte (demi-paire de substitution "
                    + "isolée, U+FFFE, U+FFFF) ; une espace là où il séparait deux mots", "non-character removed "
                    + "from the text (lone surrogate, U+FFFE, U+FFFF); a space where it separated two words");
        }
        return kept.toString();
    }

    /**
     * @param text a text
     * @return whether it holds no character that no one types
     */
    public static boolean clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < ' ' || c >= 0x7F && c < 0xA0 || c >= Character.MIN_SURROGATE) && untyped(text, i)) {
                return false; // the first test passes over the printable ASCII and Latin-1 of most texts
            }
        }
        return true;
    }

    /**
     * A quick look at a piece of text as a parser hands it out, before it is a string: a text whose
     * pieces all pass needs no {@link #repaired} (a surrogate pair cut between two pieces fails
     * here, and is checked whole there).
     *
     * @param text   characters
     * @param start  where the piece starts
     * @param length how long it is
     * @return true when it holds no character that no one types; false when it may (a control
     *         character, a surrogate, or any character from U+D800 on)
     */
    public static boolean surelyClean(char[] text, int start, int length) {
        for (int i = start; i < start + length; i++) {
            char c = text[i];
            if ((char) (c - ' ') >= 0x5F // not printable ASCII, as most are: one comparison for those
                    && (c < ' ' ? c != '\t' && c != '\n' && c != '\r' : c <= 0x9F || c >= Character.MIN_SURROGATE)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the char at {@code i} is one no one types; each half of a well-formed pair is typed. */
    private static boolean untyped(String text, int i) {
        char c = text.charAt(i);
        if (isControl(c) || c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static boolean isControl(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F;
    }
}
