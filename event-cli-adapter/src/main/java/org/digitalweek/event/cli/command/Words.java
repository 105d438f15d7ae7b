package org.digitalweek.event.cli.command;

import java.util.Optional;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.SessionType;

/** The words of the command line for the model's enums, in French and English. */
final class Words {

    private Words() {
    }

    /** @return the city, else « ville non indiquée » / "city not given": never "?" or an empty comma */
    static String city(Language language, Optional<String> city) {
        return city.orElse(language.pick("ville non indiquée", "city not given"));
    }

    /** @return the country's code, else « pays non indiqué » / "country not given": never "ZZ" */
    static String countryCode(Language language, Optional<Country> country) {
        return country.map(Country::code).orElse(language.pick("pays non indiqué", "country not given"));
    }

    /** @return the city and the country's name, « non indiqué » / "not given" for what is not given */
    static String host(Language language, Optional<String> city, Optional<Country> country) {
        if (city.isEmpty() && country.isEmpty()) {
            return language.pick("non indiqué", "not given");
        }
        return city(language, city) + ", " + country.map(c -> c.name().resolve(language.tag()))
                .orElse(language.pick("pays non indiqué", "country not given"));
    }

    /** @return the city and the country's code in brackets, « non indiqué » / "not given" for what is not given */
    static String hostWithCode(Language language, Optional<String> city, Optional<Country> country) {
        if (city.isEmpty() && country.isEmpty()) {
            return language.pick("non indiqué", "not given");
        }
        return city(language, city) + " (" + countryCode(language, country) + ")";
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

}
