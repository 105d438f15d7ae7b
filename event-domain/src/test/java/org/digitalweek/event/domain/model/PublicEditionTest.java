package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.EDITION_ID;
import static org.digitalweek.event.domain.model.ModelFixtures.EDITION_TYPE;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;
import static org.digitalweek.event.domain.model.ModelFixtures.edition;
import static org.digitalweek.event.domain.model.ModelFixtures.editionBuilder;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariants of {@link PublicEdition}'s own fields; references are in {@link PublicEditionReferencesTest}. */
class PublicEditionTest {

    @Test
    void theEditionsOwnLanguageIsTheMainLanguageOfItsTitle() {
        assertThat(editionBuilder().title(LocalizedText.frEn("Semaine", "Week")).build().defaultLanguage()).isEqualTo("fr");
        assertThat(editionBuilder().title(LocalizedText.of("en-GB", "Week")).build().defaultLanguage()).isEqualTo("en-GB");
        assertThat(editionBuilder().title(LocalizedText.of("bm", "Dɔgɔkun")).build().defaultLanguage()).isEqualTo("bm");
    }

    @Test
    void theFixtureIsValid() {
        PublicEdition edition = edition();

        assertThat(edition.id()).isEqualTo(EDITION_ID);
        assertThat(edition.number()).isEqualTo(1);
        assertThat(edition.venues()).hasSize(2);
        assertThat(edition.sessions()).hasSize(2);
    }

    @Test
    void numberMustBeOneOrMore() {
        assertViolation(() -> editionBuilder().number(0).build(), EDITION_TYPE, "number must be 1 or more, not 0");
        assertViolation(() -> editionBuilder().number(-3).build(), EDITION_TYPE, "number must be 1 or more, not -3");
    }

    @Test
    void versionMustNotBeNegative() {
        assertViolation(() -> editionBuilder().version(-1).build(), EDITION_TYPE, "version must not be negative");
        assertThat(editionBuilder().version(0).build().version()).isZero();
    }

    @Test
    void needsATitle() {
        assertViolation(() -> editionBuilder().title(LocalizedText.EMPTY).build(), EDITION_TYPE,
                "title must not be empty");
    }

    @Test
    void rejectsABlankHostCity() {
        assertViolation(() -> editionBuilder().host(" ", Country.MALI).build(), "Edition", "hostCity must not be blank");
    }

    static Stream<Arguments> nullParts() {
        return Stream.of(
                nulled("id", b -> b.id(null)),
                nulled("series", b -> b.series(null)),
                nulled("title", b -> b.title(null)),
                nulled("theme", b -> b.theme(null)),
                nulled("dates", b -> b.dates(null)),
                nulled("zone", b -> b.zone(null)),
                nulled("hostCity", b -> b.host(null, Optional.of(Country.MALI))),
                nulled("hostCountry", b -> b.host(Optional.of("Bamako"), null)),
                nulled("status", b -> b.status(null)),
                nulled("publishedAt", b -> b.publishedAt(null)),
                nulled("provenance", b -> b.provenance(null)));
    }

    private static Arguments nulled(String field, UnaryOperator<PublicEditionBuilder> change) {
        return Arguments.of(field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullParts")
    void rejectsANullPart(String field, UnaryOperator<PublicEditionBuilder> change) {
        PublicEditionBuilder builder = change.apply(editionBuilder());

        assertThatNullPointerException().isThrownBy(builder::build).withMessageContaining("'" + field + "'");
    }

    @Test
    void rejectsNullLists() {
        PublicEdition e = edition();
        assertThatNullPointerException().isThrownBy(() -> withLists(e, null, e.ministries(), e.participations(),
                e.officials(), e.sessions())).withMessageContaining("'venues'");
        assertThatNullPointerException().isThrownBy(() -> withLists(e, e.venues(), null, e.participations(),
                e.officials(), e.sessions())).withMessageContaining("'ministries'");
        assertThatNullPointerException().isThrownBy(() -> withLists(e, e.venues(), e.ministries(), null,
                e.officials(), e.sessions())).withMessageContaining("'participations'");
        assertThatNullPointerException().isThrownBy(() -> withLists(e, e.venues(), e.ministries(),
                e.participations(), null, e.sessions())).withMessageContaining("'officials'");
        assertThatNullPointerException().isThrownBy(() -> withLists(e, e.venues(), e.ministries(),
                e.participations(), e.officials(), null)).withMessageContaining("'sessions'");
    }

    private static PublicEdition withLists(PublicEdition e, List<Venue> venues, List<Ministry> ministries,
                                           List<Participation> participations, List<Official> officials,
                                           List<Session> sessions) {
        return new PublicEdition(e.id(), e.series(), e.number(), e.title(), e.theme(), e.dates(), e.zone(),
                e.hostCity(), e.hostCountry(), venues, ministries, participations, officials, sessions, e.status(),
                e.version(), e.publishedAt(), e.provenance());
    }
}
