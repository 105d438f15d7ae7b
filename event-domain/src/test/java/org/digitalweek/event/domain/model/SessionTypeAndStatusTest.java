package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionTypeAndStatusTest {

    @Test
    void onlyOpeningAndClosingAreCeremonies() {
        for (SessionType type : SessionType.values()) {
            boolean ceremony = EnumSet.of(SessionType.OPENING_CEREMONY, SessionType.CLOSING_CEREMONY).contains(type);
            assertThat(type.isCeremony()).as(type.name()).isEqualTo(ceremony);
        }
        assertThat(SessionType.OPENING_CEREMONY.isCeremony()).isTrue();
        assertThat(SessionType.PANEL.isCeremony()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT,     DRAFT,     false",
            "DRAFT,     PUBLISHED, true",
            "DRAFT,     ARCHIVED,  false",
            "PUBLISHED, DRAFT,     false",
            "PUBLISHED, PUBLISHED, true",
            "PUBLISHED, ARCHIVED,  true",
            "ARCHIVED,  DRAFT,     false",
            "ARCHIVED,  PUBLISHED, false",
            "ARCHIVED,  ARCHIVED,  false"})
    void editionStatusMayMoveTo(EditionStatus from, EditionStatus to, boolean allowed) {
        assertThat(from.mayMoveTo(to)).isEqualTo(allowed);
    }
}
