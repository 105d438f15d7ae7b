package org.digitalweek.event.export.frab;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.ParticipantRole;

/**
 * The few words the schedules add to the model's texts, in French and English, as
 * {@link ReaderLanguage} picks them.
 */
enum ScheduleLabels {
    /** French. */
    FR("[illustratif]", "[annulé]", "[à confirmer]", "jour %d sur %d", "Salle à préciser", "Sans piste",
            " : ", "au nom de : %s", "Préside", "Intervenant·e", "Modération", "Panéliste", "Formation", "Exposant·e"),
    /** English. */
    EN("[illustrative]", "[cancelled]", "[to be confirmed]", "day %d of %d", "Room to be announced", "No track",
            ": ", "on behalf of: %s", "Presides", "Speaker", "Moderator", "Panellist", "Trainer", "Exhibitor");

    final String illustrative;
    final String cancelled;
    final String tentative;
    final String dayOf;
    final String noRoom;
    final String noTrack;
    final String colon;
    final String onBehalfOf;
    private final String[] roles;

    ScheduleLabels(String illustrative, String cancelled, String tentative, String dayOf, String noRoom, String noTrack,
           String colon, String onBehalfOf, String... roles) {
        this.illustrative = illustrative;
        this.cancelled = cancelled;
        this.tentative = tentative;
        this.dayOf = dayOf;
        this.noRoom = noRoom;
        this.noTrack = noTrack;
        this.colon = colon;
        this.onBehalfOf = onBehalfOf;
        this.roles = roles;
    }

    /**
     * @param language the reader's language
     * @return the words in the language the policy gives the library's own words
     */
    static ScheduleLabels in(ReaderLanguage language) {
        return language.pick(FR, EN);
    }

    /**
     * @param role a role
     * @return its name, as the first word of a programme line
     */
    String role(ParticipantRole role) {
        return roles[role.ordinal()];
    }
}
