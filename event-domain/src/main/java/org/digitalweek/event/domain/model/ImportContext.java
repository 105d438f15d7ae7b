package org.digitalweek.event.domain.model;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What an importer is told besides the bytes: the document's name, for messages, and what the user
 * said about facts that many formats do not carry. A value given here wins over what an importer
 * would otherwise derive or guess; each guess is reported as an {@link ImportWarning}.
 *
 * @param sourceName      the file or stream name, for messages
 * @param defaultZone     the time zone of the edition when the document names none, if the user gave one
 * @param editionId       the id the imported edition gets, if the user chose one
 * @param hostCity        the host city, if the user gave one
 * @param hostCountry     the ISO 3166-1 alpha-2 code of the host country, if the user gave one
 * @param defaultLanguage the BCP 47 tag of texts whose language the document does not say, if given
 */
public record ImportContext(String sourceName, Optional<ZoneId> defaultZone, Optional<String> editionId,
                            Optional<String> hostCity, Optional<String> hostCountry,
                            Optional<String> defaultLanguage) {

    /** Checks that no part is missing. */
    public ImportContext {
        Objects.requireNonNull(sourceName, "'sourceName' must not be null");
        Objects.requireNonNull(defaultZone, "'defaultZone' must not be null");
        Objects.requireNonNull(editionId, "'editionId' must not be null");
        Objects.requireNonNull(hostCity, "'hostCity' must not be null");
        Objects.requireNonNull(hostCountry, "'hostCountry' must not be null");
        Objects.requireNonNull(defaultLanguage, "'defaultLanguage' must not be null");
    }

    /**
     * @param sourceName  the file or stream name
     * @param defaultZone the time zone of times that carry none, if the user gave one
     */
    public ImportContext(String sourceName, Optional<ZoneId> defaultZone) {
        this(sourceName, defaultZone, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param sourceName the file or stream name
     * @return a context with no option set
     */
    public static ImportContext named(String sourceName) {
        return new ImportContext(sourceName, Optional.empty());
    }

    /**
     * @param zone the edition's time zone when the document names none
     * @return this context with that option
     */
    public ImportContext withDefaultZone(ZoneId zone) {
        return new ImportContext(sourceName, Optional.of(zone), editionId, hostCity, hostCountry, defaultLanguage);
    }

    /**
     * @param id the id the imported edition gets
     * @return this context with that option
     */
    public ImportContext withEditionId(String id) {
        return new ImportContext(sourceName, defaultZone, Optional.of(id), hostCity, hostCountry, defaultLanguage);
    }

    /**
     * @param city the host city
     * @return this context with that option
     */
    public ImportContext withHostCity(String city) {
        return new ImportContext(sourceName, defaultZone, editionId, Optional.of(city), hostCountry, defaultLanguage);
    }

    /**
     * @param countryCode the ISO 3166-1 alpha-2 code of the host country, e.g. {@code ML}
     * @return this context with that option
     */
    public ImportContext withHostCountry(String countryCode) {
        return new ImportContext(sourceName, defaultZone, editionId, hostCity, Optional.of(countryCode),
                defaultLanguage);
    }

    /**
     * @param languageTag the language of texts whose language the document does not say, e.g. {@code fr}
     * @return this context with that option
     */
    public ImportContext withDefaultLanguage(String languageTag) {
        return new ImportContext(sourceName, defaultZone, editionId, hostCity, hostCountry,
                Optional.of(languageTag));
    }
}
