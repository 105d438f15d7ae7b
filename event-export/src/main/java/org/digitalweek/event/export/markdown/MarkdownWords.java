package org.digitalweek.event.export.markdown;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.SessionType;

import org.digitalweek.event.export.labels.FormatLabels;

/** The document's own words and date formats, in French or in English. */
enum MarkdownWords {

    FRENCH(Locale.FRENCH, " : ", "à"),
    ENGLISH(Locale.ENGLISH, ": ", "at");

    private final Locale locale;
    private final String colon;
    private final String at;

    MarkdownWords(Locale locale, String colon, String at) {
        this.locale = locale;
        this.colon = colon;
        this.at = at;
    }

    /** @return the words in the language the policy gives the library's own words */
    static MarkdownWords of(ReaderLanguage language) {
        return language.pick(FRENCH, ENGLISH);
    }

    private String pick(String french, String english) {
        return this == FRENCH ? french : english;
    }

    /** @return the separator of items in a line: {@code " ; "} in French, {@code "; "} in English */
    String separator() {
        return pick(" ; ", "; ");
    }

    /** @return the colon and its spacing: {@code " : "} in French, {@code ": "} in English */
    String colon() {
        return colon;
    }

    /** @return e.g. {@code dimanche 1er février 2026}, {@code Sunday 1 February 2026} */
    String day(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("EEEE", locale)) + " " + dayNumber(day.getDayOfMonth()) + " "
                + day.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
    }

    String shortDay(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d MMM", locale));
    }

    String stamp(LocalDateTime time) {
        return dayNumber(time.getDayOfMonth()) + time.format(DateTimeFormatter.ofPattern(" MMMM yyyy '" + at + "' HH:mm", locale));
    }

    private String dayNumber(int number) {
        return this == FRENCH && number == 1 ? "1er" : Integer.toString(number);
    }

    String theme() {
        return pick("Thème", "Theme");
    }

    String localTimes() {
        return pick("Heures locales", "Local times");
    }

    String noRoom() {
        return pick("salle à préciser", "room to be announced");
    }

    String cancelled() {
        return pick("annulée", "cancelled");
    }

    String tentative() {
        return pick("à confirmer", "to be confirmed");
    }

    String illustrativeLegend() {
        return pick("\\* élément illustratif : la source ne le précise pas (voir la note).",
                "\\* illustrative item: not given by the source (see the note).");
    }

    String onBehalfOf() {
        return pick("au nom de", "on behalf of");
    }

    String generated(String stamp, String zone) {
        return pick("Généré le " + stamp + " (" + zone + ").", "Generated on " + stamp + " (" + zone + ").");
    }

    String session(SessionType type) {
        return switch (type) {
            case OPENING_CEREMONY -> pick("cérémonie d’ouverture", "opening ceremony");
            case CLOSING_CEREMONY -> pick("cérémonie de clôture", "closing ceremony");
            case KEYNOTE -> pick("conférence inaugurale", "keynote");
            case PANEL -> pick("panel", "panel");
            case MASTERCLASS -> pick("masterclass", "masterclass");
            case TRAINING -> pick("formation", "training");
            case WORKSHOP -> pick("atelier", "workshop");
            case EXHIBITION -> pick("exposition", "exhibition");
            case BREAK -> pick("pause", "break");
            case OTHER -> pick("autre", "other");
        };
    }

    String role(ParticipantRole role) {
        return switch (role) {
            case PRESIDES -> pick("préside", "presides");
            case SPEAKER -> pick("intervenant", "speaker");
            case MODERATOR -> pick("modérateur", "moderator");
            case PANELLIST -> pick("panéliste", "panellist");
            case TRAINER -> pick("formateur", "trainer");
            case EXHIBITOR -> pick("exposant", "exhibitor");
        };
    }

    String participation(ParticipationRole role, boolean plural) {
        return FormatLabels.of(role, plural, ReaderLanguage.of(this == FRENCH ? "fr" : "en"));
    }
}
