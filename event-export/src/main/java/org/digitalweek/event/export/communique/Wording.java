package org.digitalweek.event.export.communique;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.digitalweek.event.domain.model.SessionType;

/**
 * The sentences of a communiqué in one language. Every argument is a fact already taken from the
 * model in the reader's language; a wording adds grammar, never facts. Which wording a reader
 * gets is the one policy's choice ({@link org.digitalweek.event.domain.language.ReaderLanguage}).
 */
sealed interface Wording permits FrenchWording, EnglishWording {

    /** @return the tag of this wording's language: {@code fr} or {@code en} */
    String tag();

    /** @return the kicker above the headline */
    String kicker();

    /**
     * @param theme the theme
     * @return the line under the headline
     */
    String themeLine(String theme);

    /**
     * @param ordinal the edition's number
     * @param series  the series name
     * @param day     the day of the opening
     * @param times   the hours, or empty when they are not to be stated
     * @param place   where, already phrased; may be empty
     * @return the sentence that opens the lead
     */
    String opened(int ordinal, String series, String day, String times, String place);

    /**
     * @param ordinal the edition's number
     * @param series  the series name
     * @param city    the host city; empty when not given, and then not named
     * @return the lead when there is no opening ceremony to report
     */
    String held(int ordinal, String series, Optional<String> city);

    /**
     * @param city  the city; empty when not given, and then not named
     * @param room  the room's name with its mark; may be empty
     * @param venue the venue's name with its short name and mark; may be empty
     * @return where, as a phrase; empty when nothing of it is given
     */
    String place(Optional<String> city, String room, String venue);

    /**
     * @param presiding who presides; may be empty
     * @param presence  the other speakers; may be empty, but not both
     * @return the sentence on who opened the edition and who was there
     */
    String presided(List<Person> presiding, List<Person> presence);

    /**
     * @param theme the theme
     * @return the sentence that gives the theme
     */
    String theme(String theme);

    /**
     * @param patrons each patron: the official (if any) and the ministry with its country
     * @return the sentence on the patronage (<i>haut parrainage</i>)
     */
    String patronage(List<Patron> patrons);

    /** @return the line above the quotations */
    String quotationsHeading();

    /**
     * @param text     the words, verbatim
     * @param language the language they were said in, named in this wording's language; empty when it is this one
     * @param speaker  who said them
     * @return the quotation and its attribution
     */
    String quotation(String text, String language, Person speaker);

    /**
     * @param tag a BCP 47 tag
     * @return the name of that language in this wording's language
     */
    String languageName(String tag);

    /**
     * @param lastDay the edition's last day with its mark, or empty when it is the day of the lead
     * @return the line above the programme highlights
     */
    String programmeHeading(Optional<String> lastDay);

    /**
     * @param type  a session type
     * @param count how many sessions of that type
     * @return the label of the highlight: singular or plural
     */
    String typeLabel(SessionType type, int count);

    /**
     * @param label  the type's label
     * @param count  how many sessions of that type
     * @param titles the first titles, with their days or marks
     * @return one highlight
     */
    String highlight(String label, int count, List<String> titles);

    /**
     * @param titles titles that say their type themselves
     * @return one highlight without a label
     */
    String titles(List<String> titles);

    /**
     * @param day a day
     * @return it in full: weekday, day, month and year
     */
    String date(LocalDate day);

    /**
     * @param day a day
     * @return it without the year, for the programme
     */
    String shortDate(LocalDate day);

    /**
     * @param start when it starts
     * @param end   when it ends
     * @return the hours as a phrase
     */
    String hours(LocalTime start, LocalTime end);

    /**
     * @param city the place of issue; empty when the host city is not given, and then not named
     * @param day  the day of issue
     * @return the dateline
     */
    String dateline(Optional<String> city, LocalDate day);

    /** @return the last line of the communiqué itself */
    String end();

    /** @return the heading of the notes on illustrative facts */
    String notesHeading();

    /**
     * A ministry under whose patronage an edition is placed.
     *
     * @param official its official, if the edition names one
     * @param ministry its name and country, with its mark
     */
    record Patron(Optional<Person> official, String ministry) {
    }
}
