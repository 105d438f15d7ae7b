package org.digitalweek.event.export.frab;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.digitalweek.event.export.schedule.ScheduleTimes;

/**
 * The values of {@code schedule.xml} that are not plain text, read leniently (dates in the years
 * 0001 to 9999 only, as {@link ScheduleTimes#fourDigitYear} says), and the rule each breaks when it
 * cannot be read: the rules say what was expected and quote what was found.
 */
final class FrabValues {

    private static final int LONGEST_QUOTE = 60;

    private FrabValues() {
    }

    /**
     * @param text a date and time: with an offset ({@code 2014-12-27T11:00:00+01:00}), as frab writes
     *             it, or without one, on the edition's wall clock
     * @return it, if the text is one
     */
    static Optional<OffsetDateTime> withOffset(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()))
                    .filter(t -> ScheduleTimes.fourDigitYear(t.toLocalDate()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @param text a date and time without an offset, e.g. {@code 2014-12-27T11:00:00}
     * @return it, if the text is one
     */
    static Optional<LocalDateTime> local(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.strip()))
                    .filter(t -> ScheduleTimes.fourDigitYear(t.toLocalDate()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @param text a date ({@code 2014-12-27}), or a date and time with an offset, whose date is taken
     * @return the date, if the text is one
     */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip())).filter(ScheduleTimes::fourDigitYear);
        } catch (DateTimeException e) {
            return withOffset(text).map(OffsetDateTime::toLocalDate);
        }
    }

    /**
     * @param element  the element, e.g. {@code duration}
     * @param expected what it should hold, e.g. {@code a duration such as 00:30}
     * @param found    what it holds
     * @return the rule broken, e.g. {@code wrong value for <duration>: expected …, found "soon"}
     */
    static String wrong(String element, String expected, String found) {
        return "wrong value for <" + element + ">: expected " + expected + ", found " + quote(found);
    }

    /**
     * @param element  the element, e.g. {@code duration}
     * @param expected what it should hold, in French
     * @param found    what it holds
     * @return the rule, in French
     */
    static String wrongFr(String element, String expected, String found) {
        return "valeur erronée pour <" + element + "> : attendu " + expected + ", trouvé " + quoteFr(found);
    }

    /**
     * @param attribute the attribute, e.g. {@code date}
     * @param element   the element that has it, e.g. {@code day}
     * @param expected  what it should hold, in French
     * @param found     what it holds
     * @return the rule broken, in French: {@code valeur erronée pour l'attribut date de <day> : attendu …}
     */
    static String wrongAttributeFr(String attribute, String element, String expected, String found) {
        return "valeur erronée pour l'attribut " + attribute + " de <" + element + "> : attendu " + expected
                + ", trouvé " + quoteFr(found);
    }

    /**
     * @param attribute the attribute, e.g. {@code date}
     * @param element   the element that has it, e.g. {@code day}
     * @param expected  what it should hold
     * @param found     what it holds
     * @return the rule broken, e.g. {@code wrong value for attribute date of <day>: expected …, found "x"}
     */
    static String wrongAttribute(String attribute, String element, String expected, String found) {
        return "wrong value for attribute " + attribute + " of <" + element + ">: expected " + expected + ", found "
                + quote(found);
    }

    /**
     * @param text some text of the document
     * @return it in French quotes, cut short when long: {@code « 9h30 »}, or {@code rien}
     */
    static String quoteFr(String text) {
        String t = text.strip();
        return t.isEmpty() ? "rien" : "« " + (t.length() <= LONGEST_QUOTE ? t : t.substring(0, LONGEST_QUOTE) + "…")
                + " »";
    }

    /**
     * @param text some text of the document
     * @return it in quotes, cut short when long, so that one message stays one line
     */
    static String quote(String text) {
        String t = text.strip();
        return t.isEmpty() ? "nothing" : "\"" + (t.length() <= LONGEST_QUOTE ? t : t.substring(0, LONGEST_QUOTE) + "…")
                + "\"";
    }
}
