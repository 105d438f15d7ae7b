package org.digitalweek.event.export.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.SessionType;

import org.digitalweek.event.export.labels.FormatLabels;

/** The page's own words and date formats, in French or in English. */
enum Words {

    FRENCH(Locale.FRENCH, "fr", " : ", "à"),
    ENGLISH(Locale.ENGLISH, "en", ": ", "at");

    private final Locale locale;
    private final String tag;
    private final String colon;
    private final String at;

    Words(Locale locale, String tag, String colon, String at) {
        this.locale = locale;
        this.tag = tag;
        this.colon = colon;
        this.at = at;
    }

    /**
     * @param language the reader's language
     * @return the words in the language the policy gives the library's own words
     */
    static Words of(ReaderLanguage language) {
        return language.pick(FRENCH, ENGLISH);
    }

    /** @return the reader's language these words are in, for the labels the formats share */
    ReaderLanguage reader() {
        return ReaderLanguage.of(tag);
    }

    Locale locale() {
        return locale;
    }

    String tag() {
        return tag;
    }

    /** @return the label followed by this language's colon */
    String label(String label) {
        return label + colon;
    }

    private boolean fr() {
        return this == FRENCH;
    }

    private String pick(String french, String english) {
        return fr() ? french : english;
    }

    /** @return e.g. {@code jeudi 29 janvier 2026}, {@code dimanche 1er février 2026}, {@code Thursday 29 January 2026} */
    String day(LocalDate day) {
        return dayWithoutYear(day) + " " + day.getYear();
    }

    /** @return e.g. {@code jeudi 29 janvier}, French writing the first of the month {@code 1er} */
    String dayWithoutYear(LocalDate day) {
        String number = fr() && day.getDayOfMonth() == 1 ? "1er" : Integer.toString(day.getDayOfMonth());
        return day.format(DateTimeFormatter.ofPattern("EEEE", locale)) + " " + number + " "
                + day.format(DateTimeFormatter.ofPattern("MMMM", locale));
    }

    DateTimeFormatter shortDayFormat() {
        return DateTimeFormatter.ofPattern("d MMM", locale);
    }

    /** @return e.g. {@code 1er février 2026 à 12:00} */
    String stamp(LocalDateTime time) {
        String number = fr() && time.getDayOfMonth() == 1 ? "1er" : Integer.toString(time.getDayOfMonth());
        return number + time.format(DateTimeFormatter.ofPattern(" MMMM yyyy '" + at + "' HH:mm", locale));
    }

    String programme() {
        return pick("Programme", "Programme");
    }

    String skipLink() {
        return pick("Aller au programme", "Skip to the programme");
    }

    String theme() {
        return pick("Thème", "Theme");
    }

    String localTimes() {
        return pick("Heures locales", "Local times");
    }

    String contents() {
        return pick("Sommaire", "Contents");
    }

    String gridHeading() {
        return pick("Grille par jour et par salle", "Grid by day and room");
    }

    String listHeading() {
        return pick("Programme détaillé", "Detailed programme");
    }

    String gridCaption(String day) {
        return pick("Programme du " + day + " : heures de début en lignes, salles en colonnes",
                "Programme of " + day + ": start times in rows, rooms in columns");
    }

    String filters() {
        return pick("Filtrer les séances", "Filter the sessions");
    }

    String track() {
        return pick("Piste", "Track");
    }

    String type() {
        return pick("Type", "Type");
    }

    String language() {
        return pick("Langue", "Language");
    }

    String languages() {
        return pick("Langues", "Languages");
    }

    String allTracks() {
        return pick("Toutes les pistes", "All tracks");
    }

    String allTypes() {
        return pick("Tous les types", "All types");
    }

    String allLanguages() {
        return pick("Toutes les langues", "All languages");
    }

    String showAll() {
        return pick("Tout afficher", "Show all");
    }

    /** @return the template of the filter status; the script fills {@code {n}} and {@code {total}} */
    String shownTemplate() {
        return pick("{n} séances affichées sur {total}", "{n} of {total} sessions shown");
    }

    String start() {
        return pick("Début", "Start");
    }

    String continuing() {
        return pick("Suite", "Continuing");
    }

    String continued() {
        return pick("suite", "continued");
    }

    /**
     * @param day the session's first day, as {@link #day} writes it
     * @return the link to a session's full entry, from a later day
     */
    String seeFirstDay(String day) {
        return pick("Présentation complète : ", "Full entry: ") + day;
    }

    String noRoom() {
        return pick("Salle à préciser", "Room to be announced");
    }

    String noSession() {
        return pick("Aucune séance ce jour.", "No session on this day.");
    }

    String cancelled() {
        return pick("annulée", "cancelled");
    }

    String tentative() {
        return pick("à confirmer", "to be confirmed");
    }

    String illustrative() {
        return pick("illustratif", "illustrative");
    }

    String note() {
        return pick("note", "note");
    }

    String notes() {
        return pick("Notes", "Notes");
    }

    String notesIntro() {
        return pick("Les éléments marqués « illustratif » ne sont pas donnés par la source :",
                "Items marked “illustrative” are not given by the source:");
    }

    String participants() {
        return pick("Participants", "Participants");
    }

    String onBehalfOf() {
        return pick("au nom de", "on behalf of");
    }

    String generated(String stamp, String zone) {
        return pick("Page générée le " + stamp + " (" + zone + ").", "Page generated on " + stamp + " (" + zone + ").");
    }

    String session(SessionType type) {
        return switch (type) {
            case OPENING_CEREMONY -> pick("Cérémonie d’ouverture", "Opening ceremony");
            case CLOSING_CEREMONY -> pick("Cérémonie de clôture", "Closing ceremony");
            case KEYNOTE -> pick("Conférence inaugurale", "Keynote");
            case PANEL -> pick("Panel", "Panel");
            case MASTERCLASS -> pick("Masterclass", "Masterclass");
            case TRAINING -> pick("Formation", "Training");
            case WORKSHOP -> pick("Atelier", "Workshop");
            case EXHIBITION -> pick("Exposition", "Exhibition");
            case BREAK -> pick("Pause", "Break");
            case OTHER -> pick("Autre", "Other");
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
        return FormatLabels.of(role, plural, reader());
    }

    /** @return the name of a language, in this language */
    String languageName(String languageTag) {
        String name = Locale.forLanguageTag(languageTag).getDisplayName(locale);
        return name.isEmpty() || name.equals(languageTag) ? languageTag
                : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
