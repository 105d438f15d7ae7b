package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.InvariantViolationException;

class SourceIdentityTest {

    @Test
    void blankPartsAreAbsentAndOthersStripped() {
        SourceIdentity source = SourceIdentity.of(" 29aecfd7 ", "", "  ", null);

        assertThat(source.guid()).contains("29aecfd7");
        assertThat(source.id()).isEmpty();
        assertThat(source.slug()).isEmpty();
        assertThat(source.kind()).isEmpty();
        assertThat(source.isEmpty()).isFalse();
        assertThat(SourceIdentity.of(null, " ", "\n", "\t")).isEqualTo(SourceIdentity.NONE);
        assertThat(SourceIdentity.NONE.isEmpty()).isTrue();
    }

    @Test
    void aPartWrittenOverSeveralLinesBecomesOneLine() {
        assertThat(SourceIdentity.of(null, null, null, "BoF\n\t(45 minutes)").kind()).contains("BoF (45 minutes)");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThatThrownBy(() -> SourceIdentity.of("a\u0000b", null, null, null))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("control character");
        assertThatThrownBy(() -> new SourceIdentity(Optional.empty(), Optional.of("6258\n"), Optional.empty(),
                Optional.empty())).isInstanceOf(InvariantViolationException.class);
        assertThatThrownBy(() -> SourceIdentity.of(null, null, "slug\u009b", null))
                .isInstanceOf(InvariantViolationException.class);
    }

    @Test
    void partsBlankOrWithSurroundingSpacesAreRefusedByTheConstructor() {
        assertThatThrownBy(() -> new SourceIdentity(Optional.of(" "), Optional.empty(), Optional.empty(),
                Optional.empty())).isInstanceOf(InvariantViolationException.class);
        assertThatThrownBy(() -> new SourceIdentity(Optional.empty(), Optional.empty(), Optional.of(" slug"),
                Optional.empty())).isInstanceOf(InvariantViolationException.class);
    }

    @Test
    void partsUpToTheLongestAreKeptAndLongerOnesRefused() {
        String longest = "g".repeat(SourceIdentity.LONGEST);

        assertThat(SourceIdentity.of(longest, null, null, null).guid()).contains(longest);
        assertThatThrownBy(() -> SourceIdentity.of(null, null, null, longest + "g"))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("at most 500");
    }
}
