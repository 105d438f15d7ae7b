package org.digitalweek.event.domain.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a {@link PublicEdition} one part at a time; {@link #build()} checks every invariant. A builder
 * is not shared between threads.
 */
public final class PublicEditionBuilder {

    private EditionId id;
    private Series series;
    private int number;
    private LocalizedText title;
    private Theme theme;
    private DateRange dates;
    private ZoneId zone;
    private Optional<String> hostCity = Optional.empty();
    private Optional<Country> hostCountry = Optional.empty();
    private List<Venue> venues = new ArrayList<>();
    private List<Ministry> ministries = new ArrayList<>();
    private List<Participation> participations = new ArrayList<>();
    private List<Official> officials = new ArrayList<>();
    private List<Session> sessions = new ArrayList<>();
    private EditionStatus status = EditionStatus.DRAFT;
    private long version;
    private Optional<Instant> publishedAt = Optional.empty();
    private Provenance provenance = Provenance.reported();

    PublicEditionBuilder() {
    }

    PublicEditionBuilder(PublicEdition e) {
        id = e.id();
        series = e.series();
        number = e.number();
        title = e.title();
        theme = e.theme();
        dates = e.dates();
        zone = e.zone();
        hostCity = e.hostCity();
        hostCountry = e.hostCountry();
        venues = e.venues(); // unmodifiable: kept, and with it the lookups it has built
        ministries = e.ministries(); // unmodifiable: kept, and with it the lookups it has built
        participations = e.participations(); // unmodifiable: kept, and with it the lookups it has built
        officials = e.officials(); // unmodifiable: kept, and with it the lookups it has built
        sessions = e.sessions(); // unmodifiable: kept, and with it the lookups it has built
        status = e.status();
        version = e.version();
        publishedAt = e.publishedAt();
        provenance = e.provenance();
    }

    /** @param value the edition id @return this builder */
    public PublicEditionBuilder id(EditionId value) {
        id = value;
        return this;
    }

    /** @param value the series @return this builder */
    public PublicEditionBuilder series(Series value) {
        series = value;
        return this;
    }

    /** @param value the ordinal in the series @return this builder */
    public PublicEditionBuilder number(int value) {
        number = value;
        return this;
    }

    /** @param value the title @return this builder */
    public PublicEditionBuilder title(LocalizedText value) {
        title = value;
        return this;
    }

    /** @param value the theme @return this builder */
    public PublicEditionBuilder theme(Theme value) {
        theme = value;
        return this;
    }

    /** @param value the first and last days @return this builder */
    public PublicEditionBuilder dates(DateRange value) {
        dates = value;
        return this;
    }

    /** @param value the time zone of session times @return this builder */
    public PublicEditionBuilder zone(ZoneId value) {
        zone = value;
        return this;
    }

    /** @param city the host city @param country the host country @return this builder */
    public PublicEditionBuilder host(String city, Country country) {
        return host(Optional.of(Objects.requireNonNull(city, "'hostCity' must not be null")),
                Optional.of(Objects.requireNonNull(country, "'hostCountry' must not be null")));
    }

    /**
     * @param city    the host city, empty when not given
     * @param country the host country, empty when not given
     * @return this builder
     */
    public PublicEditionBuilder host(Optional<String> city, Optional<Country> country) {
        hostCity = city;
        hostCountry = country;
        return this;
    }

    /** @param values the venues @return this builder */
    public PublicEditionBuilder venues(List<Venue> values) {
        venues = kept(values);
        return this;
    }

    /** @param values the public bodies referred to @return this builder */
    public PublicEditionBuilder ministries(List<Ministry> values) {
        ministries = kept(values);
        return this;
    }

    /** @param values the participations @return this builder */
    public PublicEditionBuilder participations(List<Participation> values) {
        participations = kept(values);
        return this;
    }

    /** @param values the officials @return this builder */
    public PublicEditionBuilder officials(List<Official> values) {
        officials = kept(values);
        return this;
    }

    /** @param values the sessions @return this builder */
    public PublicEditionBuilder sessions(List<Session> values) {
        sessions = kept(values);
        return this;
    }

    /** @param value the status @return this builder */
    public PublicEditionBuilder status(EditionStatus value) {
        status = value;
        return this;
    }

    /** @param value the stored version @return this builder */
    public PublicEditionBuilder version(long value) {
        version = value;
        return this;
    }

    /** @param value when it was last published, if ever @return this builder */
    public PublicEditionBuilder publishedAt(Optional<Instant> value) {
        publishedAt = value;
        return this;
    }

    /** @param value the provenance of edition-level facts @return this builder */
    public PublicEditionBuilder provenance(Provenance value) {
        provenance = value;
        return this;
    }

    /**
     * @return the edition
     * @throws org.digitalweek.event.domain.error.InvariantViolationException when a part breaks an invariant
     * @throws NullPointerException when a required part was not given
     */
    public PublicEdition build() {
        return new PublicEdition(id, series, number, title, theme, dates, zone, hostCity, hostCountry, venues,
                ministries, participations, officials, sessions, status, version, publishedAt, provenance);
    }

    /**
     * @return the list itself when it is an edition's list, which cannot change, else a copy, so
     *         that changing the caller's list afterwards does not change the edition built
     */
    private static <T> List<T> kept(List<T> values) {
        return values instanceof IdIndex<?, ?> ? values : new ArrayList<>(values);
    }
}
