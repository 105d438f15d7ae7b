package org.digitalweek.event.domain.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitalweek.event.domain.reuse.SampleEditions.BAMAKO;
import static org.digitalweek.event.domain.reuse.SampleEditions.EXHIBITION;
import static org.digitalweek.event.domain.reuse.SampleEditions.FIRST_DAY;
import static org.digitalweek.event.domain.reuse.SampleEditions.OPENING;
import static org.digitalweek.event.domain.reuse.SampleEditions.PANEL;
import static org.digitalweek.event.domain.reuse.SampleEditions.SNM_2026;
import static org.digitalweek.event.domain.reuse.SampleEditions.WORKSHOP;
import static org.digitalweek.event.domain.reuse.SampleEditions.source;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.DateRange;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionOrigin;
import org.digitalweek.event.domain.model.SessionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cloning the 2026 edition into next year's edition of the series. */
class EditionClonerTest {

    private static final EditionId SNM_2027 = new EditionId("snm-2027");
    /** A Thursday, like 2026-01-29. */
    private static final LocalDate THURSDAY_2027 = LocalDate.of(2027, 1, 28);

    private static PublicEdition nextYear(LocalDate start) {
        return EditionCloner.cloneEdition(source(), CloneRequest.of(SNM_2027, start)).publicView();
    }

    private static Session session(PublicEdition edition, SessionId id) {
        return edition.session(id).orElseThrow();
    }

    @Test
    void movesEveryDateByTheSameWholeWeeks() {
        PublicEdition clone = nextYear(THURSDAY_2027);

        assertThat(EditionCloner.dayShift(FIRST_DAY, THURSDAY_2027)).isEqualTo(364);
        assertThat(clone.dates()).isEqualTo(new DateRange(THURSDAY_2027, LocalDate.of(2027, 2, 3)));
        for (Session copy : clone.sessions()) {
            Session original = session(source().publicView(), copy.id());
            assertThat(copy.slot().start()).isEqualTo(original.slot().start().plusDays(364));
            assertThat(copy.slot().end()).isEqualTo(original.slot().end().plusDays(364));
        }
    }

    @Test
    void keepsEachSessionsWeekdayAndLocalTimes() {
        PublicEdition clone = nextYear(THURSDAY_2027);

        for (Session copy : clone.sessions()) {
            Session original = session(source().publicView(), copy.id());
            assertSameWeekdayAndTime(copy.slot().start(), original.slot().start());
            assertSameWeekdayAndTime(copy.slot().end(), original.slot().end());
        }
        assertThat(session(clone, OPENING).slot().start()).isEqualTo(LocalDateTime.of(2027, 1, 28, 9, 0));
        assertThat(session(clone, OPENING).slot().end()).isEqualTo(LocalDateTime.of(2027, 1, 28, 11, 0));
        assertThat(session(clone, EXHIBITION).slot().end()).isEqualTo(LocalDateTime.of(2027, 2, 3, 18, 0));
    }

    private static void assertSameWeekdayAndTime(LocalDateTime copy, LocalDateTime original) {
        assertThat(copy.getDayOfWeek()).isEqualTo(original.getDayOfWeek());
        assertThat(copy.toLocalTime()).isEqualTo(original.toLocalTime());
    }

    @Test
    void aFridayStartSnapsBackToThursday() {
        PublicEdition clone = nextYear(LocalDate.of(2027, 1, 29));

        assertThat(clone.dates().start()).isEqualTo(THURSDAY_2027).matches(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY);
        assertThat(clone).isEqualTo(nextYear(THURSDAY_2027));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2027-01-25", "2027-01-26", "2027-01-27", "2027-01-28", "2027-01-29", "2027-01-30",
            "2027-01-31"})
    void startsOnTheNearestDayOfTheSameWeekday(String requested) {
        LocalDate day = LocalDate.parse(requested);

        assertThat(EditionCloner.alignedStart(FIRST_DAY, day)).isEqualTo(THURSDAY_2027);
        assertThat(EditionCloner.dayShift(FIRST_DAY, day)).isEqualTo(364);
    }

    @Test
    void theNearestThursdayMayComeAfterTheRequestOrBeforeTheSource() {
        assertThat(EditionCloner.alignedStart(FIRST_DAY, LocalDate.of(2027, 2, 1))).isEqualTo(LocalDate.of(2027, 2, 4));
        assertThat(EditionCloner.dayShift(FIRST_DAY, LocalDate.of(2025, 1, 30))).isEqualTo(-364);
        assertThat(EditionCloner.dayShift(FIRST_DAY, FIRST_DAY)).isZero();
    }

    @Test
    void theCloneIsANewDraftOfTheNextNumber() {
        Edition clone = EditionCloner.cloneEdition(source(), CloneRequest.of(SNM_2027, THURSDAY_2027));
        PublicEdition view = clone.publicView();

        assertThat(view.id()).isEqualTo(SNM_2027);
        assertThat(view.number()).isEqualTo(4);
        assertThat(view.status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(view.version()).isZero();
        assertThat(view.publishedAt()).isEmpty();
        assertThat(clone.internal()).isEqualTo(InternalRecords.NONE);
    }

    @Test
    void carriesWhatIsNotTiedToTheDates() {
        PublicEdition original = source().publicView();
        PublicEdition clone = nextYear(THURSDAY_2027);

        assertThat(clone.series()).isEqualTo(original.series());
        assertThat(clone.title()).isEqualTo(original.title());
        assertThat(clone.theme()).isEqualTo(original.theme());
        assertThat(clone.zone()).isEqualTo(BAMAKO);
        assertThat(clone.hostCity()).contains("Bamako");
        assertThat(clone.hostCountry()).isEqualTo(original.hostCountry());
        assertThat(clone.venues()).isEqualTo(original.venues());
        assertThat(clone.ministries()).isEqualTo(original.ministries());
        assertThat(clone.participations()).isEqualTo(original.participations());
        assertThat(clone.officials()).isEqualTo(original.officials());
        assertThat(clone.provenance()).isEqualTo(original.provenance());
    }

    @Test
    void sessionsKeepTheirStructureButNotTheirPeople() {
        PublicEdition clone = nextYear(THURSDAY_2027);

        assertThat(clone.sessions()).extracting(Session::id).containsExactly(OPENING, PANEL, EXHIBITION);
        for (Session copy : clone.sessions()) {
            Session original = session(source().publicView(), copy.id());
            assertThat(copy.movedTo(original.slot(), original.room())).usingRecursiveComparison()
                    .ignoringFields("participants", "statements", "status", "origin").isEqualTo(original);
            assertThat(copy.participants()).isEmpty();
            assertThat(copy.statements()).isEmpty();
            assertThat(copy.status()).isEqualTo(SessionStatus.TENTATIVE);
            assertThat(copy.origin()).contains(new SessionOrigin(SNM_2026, copy.id()));
        }
        assertThat(session(clone, EXHIBITION).parallelAllowed()).isTrue();
    }

    @Test
    void leavesOutCancelledSessions() {
        assertThat(source().publicView().session(WORKSHOP)).isPresent();
        assertThat(nextYear(THURSDAY_2027).session(WORKSHOP)).isEmpty();
    }

    @Test
    void theRequestMayGiveTheNumberAndTitle() {
        LocalizedText title = LocalizedText.frEn("SNM 2027 : l'IA souveraine", "SNM 2027: sovereign AI");
        CloneRequest request = CloneRequest.of(SNM_2027, THURSDAY_2027).withNumber(10).withTitle(title);

        PublicEdition clone = EditionCloner.cloneEdition(source(), request).publicView();

        assertThat(clone.number()).isEqualTo(10);
        assertThat(clone.title()).isEqualTo(title);
    }

    @Test
    void refusesTheSourcesId() {
        CloneRequest request = CloneRequest.of(SNM_2026, THURSDAY_2027);

        assertThatThrownBy(() -> EditionCloner.cloneEdition(source(), request))
                .isInstanceOf(InvariantViolationException.class)
                .hasMessageContaining("CloneRequest").hasMessageContaining("'snm-2026' must differ");
    }

    @Test
    void theCloneIsAValidEditionAndTheSourceIsUnchanged() {
        Edition original = source();
        Edition clone = EditionCloner.cloneEdition(original, CloneRequest.of(SNM_2027, THURSDAY_2027));

        assertThat(new Edition(clone.publicView().toBuilder().build(), clone.internal())).isEqualTo(clone);
        assertThat(original).isEqualTo(source());
    }

    @Test
    void aCloneOfACloneNamesItsImmediateSource() {
        Edition first = EditionCloner.cloneEdition(source(), CloneRequest.of(SNM_2027, THURSDAY_2027));
        Edition second = EditionCloner.cloneEdition(first, CloneRequest.of(new EditionId("snm-2028"),
                LocalDate.of(2028, 1, 27)));

        assertThat(second.publicView().number()).isEqualTo(5);
        assertThat(second.publicView().sessions()).extracting(Session::origin)
                .containsExactly(Optional.of(new SessionOrigin(SNM_2027, OPENING)),
                        Optional.of(new SessionOrigin(SNM_2027, PANEL)),
                        Optional.of(new SessionOrigin(SNM_2027, EXHIBITION)));
        assertThat(second.publicView().dates().start().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    }

    @Test
    void refusesNulls() {
        CloneRequest request = CloneRequest.of(SNM_2027, THURSDAY_2027);

        assertThatThrownBy(() -> EditionCloner.cloneEdition(null, request))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("'source'");
        assertThatThrownBy(() -> EditionCloner.cloneEdition(source(), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("'request'");
        assertThatThrownBy(() -> EditionCloner.dayShift(FIRST_DAY, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("'requested'");
    }
}
