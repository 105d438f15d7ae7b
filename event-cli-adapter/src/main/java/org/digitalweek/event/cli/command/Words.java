package org.digitalweek.event.cli.command;

import java.util.Locale;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.SessionType;

/** The words of the command line for the model's enums, in French and English. */
final class Words {

    private Words() {
    }

    static String status(Language language, EditionStatus status) {
        return switch (status) {
            case DRAFT -> language.pick("brouillon", "draft");
            case PUBLISHED -> language.pick("publiée", "published");
            case ARCHIVED -> language.pick("archivée", "archived");
        };
    }

    static String role(Language language, ParticipationRole role) {
        return switch (role) {
            case HOST -> language.pick("hôte", "host");
            case ORGANISER -> language.pick("organisateur", "organiser");
            case PATRON -> language.pick("parrain", "patron");
            case GUEST_DELEGATION -> language.pick("délégation invitée", "guest delegation");
            case PARTNER -> language.pick("partenaire", "partner");
        };
    }

    static String type(Language language, SessionType type) {
        return switch (type) {
            case OPENING_CEREMONY -> language.pick("cérémonie d'ouverture", "opening ceremony");
            case CLOSING_CEREMONY -> language.pick("cérémonie de clôture", "closing ceremony");
            case KEYNOTE -> language.pick("conférence", "keynote");
            case PANEL -> "panel";
            case MASTERCLASS -> "masterclass";
            case TRAINING -> language.pick("formation", "training");
            case WORKSHOP -> language.pick("atelier", "workshop");
            case EXHIBITION -> language.pick("exposition", "exhibition");
            case BREAK -> "pause";
            case OTHER -> language.pick("autre", "other");
        };
    }

    /** @return the enum constant's name as an option value: {@code OPENING_CEREMONY} gives {@code opening-ceremony} */
    static String optionValue(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
