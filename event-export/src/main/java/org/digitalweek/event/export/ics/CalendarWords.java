package org.digitalweek.event.export.ics;


import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.SessionType;

/**
 * The words the calendar adds around the model's own texts, in French or in English: English for
 * an English context, French (the programme's default language) for any other.
 */
enum CalendarWords {

    FRENCH("Participants :", "au nom de", "[illustratif]") {
        @Override
        String type(SessionType type) {
            return switch (type) {
                case OPENING_CEREMONY -> "Cérémonie d'ouverture";
                case CLOSING_CEREMONY -> "Cérémonie de clôture";
                case KEYNOTE -> "Conférence inaugurale";
                case PANEL -> "Panel";
                case MASTERCLASS -> "Masterclass";
                case TRAINING -> "Formation";
                case WORKSHOP -> "Atelier";
                case EXHIBITION -> "Exposition";
                case BREAK -> "Pause";
                case OTHER -> "Autre";
            };
        }
    },

    ENGLISH("Participants:", "on behalf of", "[illustrative]") {
        @Override
        String type(SessionType type) {
            return switch (type) {
                case OPENING_CEREMONY -> "Opening ceremony";
                case CLOSING_CEREMONY -> "Closing ceremony";
                case KEYNOTE -> "Keynote";
                case PANEL -> "Panel";
                case MASTERCLASS -> "Masterclass";
                case TRAINING -> "Training";
                case WORKSHOP -> "Workshop";
                case EXHIBITION -> "Exhibition";
                case BREAK -> "Break";
                case OTHER -> "Other";
            };
        }
    };

    private final String participants;
    private final String onBehalfOf;
    private final String illustrative;

    CalendarWords(String participants, String onBehalfOf, String illustrative) {
        this.participants = participants;
        this.onBehalfOf = onBehalfOf;
        this.illustrative = illustrative;
    }

    /**
     * @param language the reader's language
     * @return the words in the language the policy gives the library's own words
     */
    static CalendarWords of(ReaderLanguage language) {
        return language.pick(FRENCH, ENGLISH);
    }

    /** @return the heading of the list of participants */
    String participants() {
        return participants;
    }

    /** @return the words before the authority a participant represents */
    String onBehalfOf() {
        return onBehalfOf;
    }

    /** @return the mark of an item that no source reports */
    String illustrative() {
        return illustrative;
    }

    /**
     * @param role a participant's role
     * @return its name, in lower case, as the model words it in this language
     */
    String role(ParticipantRole role) {
        return role.displayName(this == FRENCH ? "fr" : "en");
    }

    /**
     * @param type a kind of session
     * @return its name, as a category
     */
    abstract String type(SessionType type);
}
