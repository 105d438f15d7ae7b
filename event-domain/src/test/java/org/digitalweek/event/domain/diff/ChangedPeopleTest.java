package org.digitalweek.event.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.digitalweek.event.domain.diff.DiffFixtures.GUEST;
import static org.digitalweek.event.domain.diff.DiffFixtures.HOST;
import static org.digitalweek.event.domain.diff.DiffFixtures.OPENING;
import static org.digitalweek.event.domain.diff.DiffFixtures.PANEL;
import static org.digitalweek.event.domain.diff.DiffFixtures.session;
import static org.digitalweek.event.domain.diff.DiffFixtures.week;

import java.util.List;
import java.util.function.UnaryOperator;

import org.digitalweek.event.domain.diff.EditionChange.Kind;
import org.digitalweek.event.domain.diff.EditionChange.Part;
import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.junit.jupiter.api.Test;

/** A person whose own record changed is a change of every session they take part in, and the diff names people. */
class ChangedPeopleTest {

    private final PublicEdition week = week();

    private PublicEdition withOfficial(OfficialId id, UnaryOperator<Official> change) {
        return week.toBuilder().officials(week.officials().stream()
                .map(o -> o.id().equals(id) ? change.apply(o) : o).toList()).build();
    }

    private static Official renamed(Official o, String name) {
        return new Official(o.id(), name, o.honorific(), o.postTitle(), o.ministry(), o.precedence(), o.provenance());
    }

    @Test
    void aRenamedPersonChangesEachOfTheirSessionsAndNoOther() {
        PublicEdition after = withOfficial(GUEST, o -> renamed(o, "Awa Traoré"));
        Official was = week.official(GUEST).orElseThrow();
        Official is = after.official(GUEST).orElseThrow();
        OfficialChanged change = new OfficialChanged(was, is, List.of("fullName"));

        ProgrammeDiff diff = ProgrammeDiff.between(week, after);

        assertThat(diff.sessionChanges()).containsExactly(
                new ParticipantsChanged(session(week, OPENING), session(after, OPENING), List.of(), List.of(), false,
                        List.of(change)),
                new ParticipantsChanged(session(week, PANEL), session(after, PANEL), List.of(), List.of(), false,
                        List.of(change)));
        assertThat(diff.editionChanges()).containsExactly(
                new EditionChange(Part.OFFICIAL, GUEST.value(), Kind.CHANGED, List.of("fullName")));
        assertThat(change.renamed()).isTrue();
        assertThat(change.id()).isEqualTo(GUEST);
    }

    @Test
    void theDiffHoldsEveryPersonItNamesInTheirLatestState() {
        PublicEdition after = withOfficial(GUEST, o -> renamed(o, "Awa Traoré"));

        ProgrammeDiff diff = ProgrammeDiff.between(week, after);

        assertThat(diff.people()).containsOnlyKeys(GUEST, HOST);
        assertThat(diff.nameOf(GUEST)).isEqualTo("M. Awa Traoré");
        assertThat(diff.nameOf(new OfficialId("nobody"))).isEqualTo("nobody");
    }

    @Test
    void aPersonRemovedFromTheProgrammeIsNamedAsTheyWere() {
        PublicEdition after = week.toBuilder().sessions(week.sessions().stream()
                        .map(s -> s.id().equals(OPENING) || s.id().equals(PANEL)
                                ? DiffFixtures.copy(s).participants(s.participants().stream()
                                        .filter(p -> !p.official().equals(GUEST)).toList()).statements(List.of()).build()
                                : s).toList())
                .officials(week.officials().stream().filter(o -> !o.id().equals(GUEST)).toList())
                .participations(week.participations()).build();

        ProgrammeDiff diff = ProgrammeDiff.between(week, after);

        assertThat(diff.nameOf(GUEST)).isEqualTo("M. Nom guest-minister");
    }

    @Test
    void anUnchangedPersonChangesNoSession() {
        assertThat(ProgrammeDiff.between(week, week)).isEqualTo(ProgrammeDiff.NONE);
    }

    @Test
    void aPersonChangeComparesTwoStatesOfOnePersonAndNamesAField() {
        Official guest = week.official(GUEST).orElseThrow();
        Official host = week.official(HOST).orElseThrow();

        assertThat(catchThrowableOfType(InvariantViolationException.class,
                () -> new OfficialChanged(guest, host, List.of("fullName"))).rule()).contains("compares two people");
        assertThat(catchThrowableOfType(InvariantViolationException.class,
                () -> new OfficialChanged(guest, guest, List.of())).rule()).contains("must name a field");
    }
}
