package org.digitalweek.event.cli.command;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.ParameterException;

import org.digitalweek.event.cli.text.Language;

/**
 * A date or a date and time as the user wrote it in an option, read when the command runs rather
 * than when the line is parsed: a refusal then says what was expected with an example taken from the
 * edition the command is about, which is not known while the line is parsed.
 *
 * @param text what the user wrote
 */
record WrittenMoment(String text) {

    /**
     * @param command the command the option belongs to
     * @param option  the option's name, e.g. {@code --day}
     * @param edition where an example comes from
     * @return the date read ({@link WrittenDates})
     * @throws ParameterException when the text is no date, or may be two, saying what was expected
     */
    LocalDate date(BaseCommand command, String option, MomentExamples edition) {
        Language language = command.app().language();
        return WrittenDates.date(text, language).orElseThrow(() -> refusal(command, option,
                language.pick("une date comme ", "a date such as ") + edition.date(language)));
    }

    /**
     * @param command the command the option belongs to
     * @param option  the option's name, e.g. {@code --start}
     * @param edition where an example comes from
     * @return the date and time read ({@link WrittenDates})
     * @throws ParameterException when the text is no date and time, or may be two, saying what was expected
     */
    LocalDateTime dateTime(BaseCommand command, String option, MomentExamples edition) {
        Language language = command.app().language();
        return WrittenDates.dateTime(text, language).orElseThrow(() -> refusal(command, option,
                language.pick("une date et heure comme ", "a date and time such as ") + edition.dateTime(language)));
    }

    private ParameterException refusal(BaseCommand command, String option, String expected) {
        Language language = command.app().language();
        String where = language.pick("valeur invalide pour l'option ", "invalid value for option ")
                + Quotes.quote(language, option) + language.pick(" : ", ": ") + Quotes.quote(language, text);
        List<LocalDate> readings = WrittenDates.ambiguity(text, language);
        String why = readings.isEmpty()
                ? language.pick(" ; attendu : ", "; expected: ") + expected
                : language.pick(" peut se lire de deux façons : écrivez ", " may be read two ways: write ")
                        + readings.get(0) + " (" + spelt(language, readings.get(0)) + ")" + language.pick(" ou ", " or ")
                        + readings.get(1) + " (" + spelt(language, readings.get(1)) + ")";
        return new ParameterException(command.spec.commandLine(), where + why);
    }

    /** @return the day and month in words: 2 March */
    private static String spelt(Language language, LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM", language.locale()));
    }
}
