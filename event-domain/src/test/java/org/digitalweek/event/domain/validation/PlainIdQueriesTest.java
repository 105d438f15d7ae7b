package org.digitalweek.event.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.OfficialQuery;
import org.digitalweek.event.domain.port.in.ProgrammeQuery;
import org.digitalweek.event.domain.port.in.SessionQuery;

/**
 * The check by hand of plain id queries never finds valid what the provider refuses, finds valid the
 * usual reads, and leaves every other kind of record to the provider, which a lazy validator then
 * starts only when it needs it.
 */
class PlainIdQueriesTest {

    private static final InputValidator PROVIDER = Validators.inputValidator();

    private static final List<String> IDS = Arrays.asList("snm-2026", "a", "A.b_c:d-1", null, "", " ", "bad id",
            "-leading", "x".repeat(128), "x".repeat(129), "é", "snm\n2026", "salle-des-banquets");

    /** A record with a constraint the check by hand does not know. */
    record PatternQuery(@NotNull @Pattern(regexp = "[a-z]+") String editionId) {
    }

    /** A record whose constraint is on the record's own method. */
    record CheckedQuery(@NotNull @Identifier String editionId) {
        @jakarta.validation.constraints.AssertTrue
        public boolean isShort() {
            return editionId == null || editionId.length() < 5;
        }
    }

    @Test
    void whatItFindsValidTheProviderFindsValidToo() {
        List<Object> inputs = new ArrayList<>();
        for (String id : IDS) {
            inputs.add(new EditionQueryById(id));
            inputs.add(new ProgrammeQuery("snm-2026", LocalDate.of(2026, 1, 29), id, null, id));
            inputs.add(new ProgrammeQuery(id, null, null, id, null));
            inputs.add(new SessionQuery(id, "masterclass-ia"));
            inputs.add(new OfficialQuery("snm-2026", id));
            inputs.add(new PatternQuery(id));
            inputs.add(new CheckedQuery(id));
        }
        AtomicInteger byHand = new AtomicInteger();
        for (Object input : inputs) {
            if (PlainIdQueries.valid(input)) {
                byHand.incrementAndGet();
                assertThat(PROVIDER.violations(input)).as(input.toString()).isEmpty();
            }
        }
        assertThat(byHand.get()).as("reads found valid by hand").isGreaterThan(20);
    }

    @Test
    void theUsualReadsAreFoundValidByHand() {
        assertThat(PlainIdQueries.valid(new ProgrammeQuery("snm-2026", LocalDate.of(2026, 1, 29), null, null, null)))
                .isTrue();
        assertThat(PlainIdQueries.valid(new EditionQueryById("snm-2026"))).isTrue();
        assertThat(PlainIdQueries.valid(new EditionQueryById("bad id"))).isFalse();
        assertThat(PlainIdQueries.valid(new EditionQueryById(null))).isFalse();
    }

    @Test
    void otherConstraintsAndOtherInputsAreLeftToTheProvider() {
        assertThat(PlainIdQueries.valid(new PatternQuery("abc"))).isFalse();
        assertThat(PlainIdQueries.valid(new CheckedQuery("abc"))).isFalse();
        assertThat(PlainIdQueries.valid("snm-2026")).isFalse();
    }

    @Test
    void aLazyValidatorStartsTheProviderOnlyForWhatItCannotCheckByHand() {
        AtomicInteger built = new AtomicInteger();
        InputValidator lazy = InputValidator.lazy(() -> {
            built.incrementAndGet();
            return org.digitalweek.event.domain.validation.Validators.buildDefaultFactory();
        });

        assertThat(lazy.violations(new ProgrammeQuery("snm-2026", null, null, null, null))).isEmpty();
        assertThat(built).as("a plain read").hasValue(0);

        assertThat(lazy.violations(new EditionQueryById("bad id"))).extracting(v -> v.path()).containsExactly("editionId");
        assertThat(lazy.violations(new PatternQuery("ABC"))).hasSize(1);
        assertThat(built).as("built once, on first need").hasValue(1);
        assertThat(lazy.violations(new EditionQueryById("bad id")))
                .isEqualTo(PROVIDER.violations(new EditionQueryById("bad id")));
    }
}
