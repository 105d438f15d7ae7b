package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    private static final String LONGEST = "a".repeat(128);

    @ParameterizedTest
    @ValueSource(strings = {"snm-2026", "a", "7", "A.b_c:d-1", "urn:snm:2026"})
    void wellFormedIdsAreValid(String value) {
        assertThat(Ids.isValid(value)).isTrue();
    }

    @Test
    void anIdMayHave128Characters() {
        assertThat(Ids.isValid(LONGEST)).isTrue();
        assertThat(Ids.isValid(LONGEST + "a")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"-a", ".a", "_a", ":a", "a b", "a/b", "séance", "a\n", " a"})
    void otherStringsAreNotIds(String value) {
        assertThat(Ids.isValid(value)).isFalse();
    }

    static Stream<Arguments> idTypes() {
        return Stream.of(
                Arguments.of("EditionId", (Function<String, Object>) EditionId::new),
                Arguments.of("SeriesId", (Function<String, Object>) SeriesId::new),
                Arguments.of("TrackId", (Function<String, Object>) TrackId::new),
                Arguments.of("VenueId", (Function<String, Object>) VenueId::new),
                Arguments.of("RoomId", (Function<String, Object>) RoomId::new),
                Arguments.of("MinistryId", (Function<String, Object>) MinistryId::new),
                Arguments.of("OfficialId", (Function<String, Object>) OfficialId::new),
                Arguments.of("SessionId", (Function<String, Object>) SessionId::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void everyIdTypeKeepsAWellFormedValue(String type, Function<String, Object> create) {
        Object id = create.apply("snm-2026");

        assertThat(id).hasToString("snm-2026").isEqualTo(create.apply("snm-2026"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void everyIdTypeRejectsAMalformedValue(String type, Function<String, Object> create) {
        assertViolation(() -> create.apply("a b"), type, "'a b' is not an id");
        assertViolation(() -> create.apply(""), type, "'' is not an id");
        assertViolation(() -> create.apply(LONGEST + "a"), type, "at most 128");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idTypes")
    void everyIdTypeRejectsNull(String type, Function<String, Object> create) {
        assertThatNullPointerException().isThrownBy(() -> create.apply(null))
                .withMessage("'" + type + "' must not be null");
    }

    @Test
    void idsCompareByValue() {
        assertThat(new SessionId("s-a")).isLessThan(new SessionId("s-b"));
        assertThat(new EditionId("snm-2025")).isLessThan(new EditionId("snm-2026"));
        assertThat(new OfficialId("o-1").compareTo(new OfficialId("o-1"))).isZero();
        assertThat(new RoomId("b")).isGreaterThan(new RoomId("a"));
        assertThat(new VenueId("b")).isGreaterThan(new VenueId("a"));
        assertThat(new MinistryId("b")).isGreaterThan(new MinistryId("a"));
        assertThat(new TrackId("b")).isGreaterThan(new TrackId("a"));
        assertThat(new SeriesId("b")).isGreaterThan(new SeriesId("a"));
    }

    @Test
    void theHandWrittenCheckAgreesWithThePublishedSyntax() {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "aZ09._:-/ é\u00e9\t";
        for (int run = 0; run < 20_000; run++) {
            StringBuilder id = new StringBuilder();
            int length = random.nextInt(run % 100 == 0 ? 140 : 8);
            for (int i = 0; i < length; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = id.toString();
            assertThat(Ids.isValid(value)).as("'%s'", value).isEqualTo(Ids.SYNTAX.matcher(value).matches());
        }
    }
}
