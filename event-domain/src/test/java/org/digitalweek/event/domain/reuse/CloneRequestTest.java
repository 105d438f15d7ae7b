package org.digitalweek.event.domain.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.LocalizedText;
import org.junit.jupiter.api.Test;

/** The request to clone an edition: what it takes from the source, and what it refuses. */
class CloneRequestTest {

    private static final EditionId ID = new EditionId("snm-2027");
    private static final LocalDate START = LocalDate.of(2027, 1, 28);

    @Test
    void ofTakesEverythingElseFromTheSource() {
        CloneRequest request = CloneRequest.of(ID, START);

        assertThat(request.newId()).isEqualTo(ID);
        assertThat(request.start()).isEqualTo(START);
        assertThat(request.number()).isEmpty();
        assertThat(request.title()).isEmpty();
        assertThat(request.hostCountry()).isEmpty();
        assertThat(request.hostCity()).isEmpty();
        assertThat(request.zone()).isEmpty();
    }

    @Test
    void withersSetOnePartEach() {
        LocalizedText title = LocalizedText.fr("Semaine du Numérique 2027");
        CloneRequest request = CloneRequest.of(ID, START).withNumber(4).withTitle(title)
                .withHost(Country.BURKINA_FASO, "Ouagadougou", ZoneId.of("Africa/Ouagadougou"));

        assertThat(request.number()).contains(4);
        assertThat(request.title()).contains(title);
        assertThat(request.hostCountry()).contains(Country.BURKINA_FASO);
        assertThat(request.hostCity()).contains("Ouagadougou");
        assertThat(request.zone()).contains(ZoneId.of("Africa/Ouagadougou"));
        assertThat(request.newId()).isEqualTo(ID);
        assertThat(request.start()).isEqualTo(START);
    }

    @Test
    void refusesMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> CloneRequest.of(null, START))
                .withMessageContaining("'newId'");
        assertThatNullPointerException().isThrownBy(() -> CloneRequest.of(ID, null)).withMessageContaining("'start'");
        assertThatNullPointerException().isThrownBy(() -> new CloneRequest(ID, START, null, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())).withMessageContaining("'number'");
        assertThatNullPointerException().isThrownBy(() -> CloneRequest.of(ID, START).withTitle(null))
                .withMessageContaining("'title'");
        assertThatNullPointerException().isThrownBy(() -> CloneRequest.of(ID, START)
                .withHost(Country.NIGER, "Niamey", null)).withMessageContaining("'zone'");
    }

    @Test
    void refusesUnusableParts() {
        CloneRequest request = CloneRequest.of(ID, START);

        assertThatThrownBy(() -> request.withNumber(0)).isInstanceOf(InvariantViolationException.class)
                .hasMessage("CloneRequest: number must be 1 or more, not 0");
        assertThatThrownBy(() -> request.withTitle(LocalizedText.EMPTY)).isInstanceOf(InvariantViolationException.class)
                .hasMessage("CloneRequest: title must not be empty");
        assertThatThrownBy(() -> request.withHost(Country.NIGER, " ", ZoneId.of("Africa/Niamey")))
                .isInstanceOf(InvariantViolationException.class).hasMessage("CloneRequest: hostCity must not be blank");
    }
}
