package org.digitalweek.event.domain.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.digitalweek.event.domain.language.ReaderLanguage;

/**
 * A rule of the programme checker, with the severity it has unless the caller says otherwise.
 * Two mistakes are not rules here because no edition can hold them: a session that ends before
 * it starts, and a session in a room of a venue the edition does not use. Input validation
 * refuses both, with their path, before anything is stored.
 */
public enum Rule {
    /** A room holds two sessions at once, unless the room is a shared space or a session allows parallel use. */
    ROOM_DOUBLE_BOOKED(Severity.ERROR, "salle réservée deux fois", "room booked twice"),
    /** A person, in any role, is in two sessions at once. */
    PERSON_DOUBLE_BOOKED(Severity.ERROR, "personne attendue à deux endroits", "person booked twice"),
    /** A person has less than the travel buffer between sessions at two different venues. */
    TRAVEL_TIME_TOO_SHORT(Severity.WARNING, "trajet trop court", "too little travel time"),
    /** A session falls, at least in part, outside the edition's days. */
    OUTSIDE_EDITION_DATES(Severity.ERROR, "hors des dates de l'édition", "outside the edition's dates"),
    /** More people are expected than the room seats. */
    OVER_CAPACITY(Severity.WARNING, "capacité de la salle dépassée", "room over capacity"),
    /** The official who presides serves a ministry that takes no part in the edition. */
    PRESIDING_MINISTRY_ABSENT(Severity.WARNING, "ministère de la présidence absent",
            "presiding ministry not taking part"),
    /** A ceremony's planned speaking order breaks protocol. */
    SPEAKING_ORDER_BREAKS_PROTOCOL(Severity.WARNING, "ordre de parole contraire au protocole",
            "speaking order breaks protocol"),
    /** A session has no room yet. */
    ROOM_NOT_CHOSEN(Severity.INFO, "salle non choisie", "no room chosen");

    private final Severity defaultSeverity;
    private final String nameFr;
    private final String nameEn;

    Rule(Severity defaultSeverity, String nameFr, String nameEn) {
        this.defaultSeverity = defaultSeverity;
        this.nameFr = nameFr;
        this.nameEn = nameEn;
    }

    /** @return the severity the rule has unless reconfigured */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** @return the rule's stable code for configuration files and scripts, e.g. {@code room-double-booked} */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param code a rule's code, as {@link #code()} gives it, e.g. from a configuration file
     * @return the rule with that code, if any
     */
    public static Optional<Rule> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }

    /**
     * @param language a BCP 47 tag
     * @return the rule's short name, in French for {@code fr}, in English otherwise
     */
    public String displayName(String language) {
        return ReaderLanguage.of(language).pick(nameFr, nameEn);
    }
}
