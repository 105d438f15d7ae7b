package org.digitalweek.event.export.labels;

import java.util.Map;
import java.util.Objects;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;

/**
 * The French and English names of session types, statuses, participant roles, the roles of
 * ministries and the kinds of a session's links, in the language {@link ReaderLanguage} gives the
 * library's own words.
 */
public final class FormatLabels {

    private static final Map<SessionType, String[]> TYPES = Map.of(
            SessionType.OPENING_CEREMONY, pair("Cérémonie d'ouverture", "Opening ceremony"),
            SessionType.CLOSING_CEREMONY, pair("Cérémonie de clôture", "Closing ceremony"),
            SessionType.KEYNOTE, pair("Conférence inaugurale", "Keynote"),
            SessionType.PANEL, pair("Panel", "Panel"),
            SessionType.MASTERCLASS, pair("Masterclass", "Masterclass"),
            SessionType.TRAINING, pair("Formation", "Training"),
            SessionType.WORKSHOP, pair("Atelier", "Workshop"),
            SessionType.EXHIBITION, pair("Exposition", "Exhibition"),
            SessionType.BREAK, pair("Pause", "Break"),
            SessionType.OTHER, pair("Autre", "Other"));

    private static final Map<SessionStatus, String[]> STATUSES = Map.of(
            SessionStatus.CONFIRMED, pair("Confirmée", "Confirmed"),
            SessionStatus.TENTATIVE, pair("Provisoire", "Tentative"),
            SessionStatus.CANCELLED, pair("Annulée", "Cancelled"));

    private static final Map<ParticipantRole, String[]> ROLES = Map.of(
            ParticipantRole.PRESIDES, pair("préside", "chair"),
            ParticipantRole.SPEAKER, pair("intervenant", "speaker"),
            ParticipantRole.MODERATOR, pair("modérateur", "moderator"),
            ParticipantRole.PANELLIST, pair("panéliste", "panellist"),
            ParticipantRole.TRAINER, pair("formateur", "trainer"),
            ParticipantRole.EXHIBITOR, pair("exposant", "exhibitor"));

    private static final Map<LinkKind, String[]> LINKS = Map.of(
            LinkKind.LIVESTREAM, pair("Direct", "Live stream"),
            LinkKind.SLIDES, pair("Diapositives", "Slides"),
            LinkKind.RECORDING, pair("Enregistrement", "Recording"),
            LinkKind.REGISTRATION, pair("Inscription", "Registration"),
            LinkKind.ATTACHMENT, pair("Document joint", "Attachment"),
            LinkKind.LOGO, pair("Logo", "Logo"),
            LinkKind.OTHER, pair("Lien", "Link"));

    private FormatLabels() {
    }

    /**
     * @param kind     what a session's link leads to
     * @param language the reader's language
     * @return its name, shown for a link that has no title, e.g. {@code Enregistrement}
     */
    public static String of(LinkKind kind, ReaderLanguage language) {
        return pick(LINKS.get(Objects.requireNonNull(kind, "'kind' must not be null")), language);
    }

    /**
     * @param language the reader's language
     * @return the heading of a session's links
     */
    public static String links(ReaderLanguage language) {
        return pick(pair("Liens", "Links"), language);
    }

    /**
     * @param type     a session type
     * @param language the reader's language
     * @return its name, e.g. {@code Cérémonie d'ouverture}
     */
    public static String of(SessionType type, ReaderLanguage language) {
        return pick(TYPES.get(Objects.requireNonNull(type, "'type' must not be null")), language);
    }

    /**
     * @param status   a session status
     * @param language the reader's language
     * @return its name, e.g. {@code Annulée}
     */
    public static String of(SessionStatus status, ReaderLanguage language) {
        return pick(STATUSES.get(Objects.requireNonNull(status, "'status' must not be null")), language);
    }

    /**
     * @param role     a participant role
     * @param language the reader's language
     * @return its name in lower case, e.g. {@code préside}
     */
    public static String of(ParticipantRole role, ReaderLanguage language) {
        return pick(ROLES.get(Objects.requireNonNull(role, "'role' must not be null")), language);
    }

    /**
     * @param role     a ministry's role in an edition
     * @param plural   whether several ministries play it
     * @param language the reader's language
     * @return the heading of the ministries that play it, e.g. {@code Délégations invitées}
     */
    public static String of(ParticipationRole role, boolean plural, ReaderLanguage language) {
        String[] pair = switch (Objects.requireNonNull(role, "'role' must not be null")) {
            case HOST -> plural ? pair("Ministères hôtes", "Host ministries") : pair("Ministère hôte", "Host ministry");
            case ORGANISER -> plural ? pair("Organisateurs", "Organisers") : pair("Organisateur", "Organiser");
            case PATRON -> pair("Haut parrainage", "Patronage");
            case GUEST_DELEGATION -> plural ? pair("Délégations invitées", "Guest delegations")
                    : pair("Délégation invitée", "Guest delegation");
            case PARTNER -> plural ? pair("Partenaires", "Partners") : pair("Partenaire", "Partner");
        };
        return pick(pair, language);
    }

    private static String[] pair(String french, String english) {
        return new String[] {french, english};
    }

    private static String pick(String[] pair, ReaderLanguage language) {
        return Objects.requireNonNull(language, "'language' must not be null").pick(pair[0], pair[1]);
    }
}
