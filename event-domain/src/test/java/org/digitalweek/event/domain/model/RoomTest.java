package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.SALLE_1;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class RoomTest {

    private static final LocalizedText NAME = LocalizedText.fr("Salle des banquets");

    private static Room withCapacity(OptionalInt capacity) {
        return new Room(SALLE_1, NAME, capacity, false, Provenance.reported());
    }

    @Test
    void capacityMayBeZeroOrUnknown() {
        assertThat(withCapacity(OptionalInt.of(0)).capacity()).hasValue(0);
        assertThat(withCapacity(OptionalInt.empty()).capacity()).isEmpty();
    }

    @Test
    void rejectsANegativeCapacity() {
        assertViolation(() -> withCapacity(OptionalInt.of(-1)), "Room", "capacity must not be negative");
    }

    @Test
    void needsAName() {
        assertViolation(() -> new Room(SALLE_1, LocalizedText.EMPTY, OptionalInt.empty(), true, Provenance.reported()),
                "Room", "name must not be empty");
    }

    @Test
    void keepsWhetherTheSpaceIsShared() {
        assertThat(new Room(SALLE_1, NAME, OptionalInt.empty(), true, Provenance.reported()).sharedSpace()).isTrue();
        assertThat(withCapacity(OptionalInt.empty()).sharedSpace()).isFalse();
    }

    @Test
    void rejectsNullParts() {
        OptionalInt none = OptionalInt.empty();
        Provenance reported = Provenance.reported();
        assertThatNullPointerException().isThrownBy(() -> new Room(null, NAME, none, false, reported))
                .withMessageContaining("'id'");
        assertThatNullPointerException().isThrownBy(() -> new Room(SALLE_1, null, none, false, reported))
                .withMessageContaining("'name'");
        assertThatNullPointerException().isThrownBy(() -> new Room(SALLE_1, NAME, null, false, reported))
                .withMessageContaining("'capacity'");
        assertThatNullPointerException().isThrownBy(() -> new Room(SALLE_1, NAME, none, false, null))
                .withMessageContaining("'provenance'");
    }
}
