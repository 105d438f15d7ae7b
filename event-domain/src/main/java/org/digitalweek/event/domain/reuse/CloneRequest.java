package org.digitalweek.event.domain.reuse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.LocalizedText;

/**
 * What to change when an edition is cloned; every empty part is taken from the source edition
 * (the number from the source's number plus one). See {@link EditionCloner}.
 *
 * @param newId       the id of the new edition; must differ from the source's
 * @param start       the wished first day; the clone starts on the nearest day of the same weekday
 *                    as the source's first day
 * @param number      the ordinal in the series, 1 or more; empty for the source's plus one
 * @param title       the title, not empty; empty for the source's
 * @param hostCountry the host country; empty for the source's
 * @param hostCity    the host city, not blank; empty for the source's
 * @param zone        the time zone of session times; empty for the source's
 */
public record CloneRequest(EditionId newId, LocalDate start, Optional<Integer> number,
                           Optional<LocalizedText> title, Optional<Country> hostCountry,
                           Optional<String> hostCity, Optional<ZoneId> zone) {

    /** Checks that no part is missing and the given ones are usable. */
    public CloneRequest {
        Objects.requireNonNull(newId, "'newId' must not be null");
        Objects.requireNonNull(start, "'start' must not be null");
        Objects.requireNonNull(number, "'number' must not be null");
        Objects.requireNonNull(title, "'title' must not be null");
        Objects.requireNonNull(hostCountry, "'hostCountry' must not be null");
        Objects.requireNonNull(hostCity, "'hostCity' must not be null");
        Objects.requireNonNull(zone, "'zone' must not be null");
        require(number.map(n -> n >= 1).orElse(true), "number must be 1 or more, not " + number.orElse(0));
        require(title.map(t -> !t.isEmpty()).orElse(true), "title must not be empty");
        require(hostCity.map(c -> !c.isBlank()).orElse(true), "hostCity must not be blank");
    }

    /**
     * @param newId the id of the new edition
     * @param start the wished first day
     * @return a request that takes everything else from the source edition
     */
    public static CloneRequest of(EditionId newId, LocalDate start) {
        return new CloneRequest(newId, start, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * @param value the ordinal in the series
     * @return this request with that number
     */
    public CloneRequest withNumber(int value) {
        return new CloneRequest(newId, start, Optional.of(value), title, hostCountry, hostCity, zone);
    }

    /**
     * @param value the title
     * @return this request with that title
     */
    public CloneRequest withTitle(LocalizedText value) {
        Objects.requireNonNull(value, "'title' must not be null");
        return new CloneRequest(newId, start, number, Optional.of(value), hostCountry, hostCity, zone);
    }

    /**
     * Moves the clone elsewhere: a sister edition in another city, country and time zone.
     *
     * @param country the host country
     * @param city    the host city
     * @param newZone the time zone of session times there
     * @return this request with that host
     */
    public CloneRequest withHost(Country country, String city, ZoneId newZone) {
        return new CloneRequest(newId, start, number, title,
                Optional.of(Objects.requireNonNull(country, "'hostCountry' must not be null")),
                Optional.of(Objects.requireNonNull(city, "'hostCity' must not be null")),
                Optional.of(Objects.requireNonNull(newZone, "'zone' must not be null")));
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new InvariantViolationException("CloneRequest", rule);
        }
    }
}
