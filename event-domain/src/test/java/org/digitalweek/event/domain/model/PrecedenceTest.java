package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrecedenceTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rankMustBeOneOrMore(int rank) {
        assertViolation(() -> new Precedence(rank), "Precedence", "rank must be 1 or more, not " + rank);
    }

    @Test
    void rankOneIsTheHighest() {
        assertThat(new Precedence(1).rank()).isEqualTo(1);
        assertThat(new Precedence(1).isRanked()).isTrue();
    }

    @Test
    void unrankedComesAfterEveryRank() {
        assertThat(Precedence.UNRANKED.rank()).isEqualTo(Integer.MAX_VALUE);
        assertThat(Precedence.UNRANKED.isRanked()).isFalse();
        assertThat(new Precedence(Integer.MAX_VALUE - 1).isRanked()).isTrue();
        assertThat(new Precedence(1000)).isLessThan(Precedence.UNRANKED);
    }

    @Test
    void outranksIsStrict() {
        Precedence first = new Precedence(1);
        Precedence second = new Precedence(2);

        assertThat(first.outranks(second)).isTrue();
        assertThat(second.outranks(first)).isFalse();
        assertThat(second.outranks(new Precedence(2))).isFalse();
    }

    @Test
    void everyRankedOfficialOutranksTheUnranked() {
        assertThat(new Precedence(40).outranks(Precedence.UNRANKED)).isTrue();
        assertThat(Precedence.UNRANKED.outranks(new Precedence(40))).isFalse();
        assertThat(Precedence.UNRANKED.outranks(Precedence.UNRANKED)).isFalse();
    }

    @Test
    void sortsFromTheHighestAuthority() {
        List<Precedence> order = new ArrayList<>(List.of(
                Precedence.UNRANKED, new Precedence(3), new Precedence(1), new Precedence(2)));
        Collections.sort(order);

        assertThat(order).containsExactly(
                new Precedence(1), new Precedence(2), new Precedence(3), Precedence.UNRANKED);
        assertThat(new Precedence(2).compareTo(new Precedence(2))).isZero();
    }
}
