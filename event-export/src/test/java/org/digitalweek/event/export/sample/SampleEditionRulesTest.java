package org.digitalweek.event.export.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.diff.SessionMoved;
import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.protocol.ProtocolOrder;
import org.digitalweek.event.domain.protocol.ProtocolPlace;
import org.digitalweek.event.domain.reuse.CloneRequest;
import org.digitalweek.event.domain.reuse.EditionCloner;
import org.digitalweek.event.domain.reuse.TitleOrdinals;
import org.digitalweek.event.domain.rules.ProgrammeChecker;

/**
 * The programme rules, protocol and reuse on the bundled edition: the opening ceremony's speakers
 * come in the order of the press report, and next year's edition or a sister edition in Niamey
 * starts from it with weekdays, local times and structure kept.
 */
class SampleEditionRulesTest {

    private static final SessionId OPENING = new SessionId("ceremonie-de-lancement");

    private static PublicEdition edition;

    @BeforeAll
    static void load() throws IOException {
        var read = SampleEditions.read("snm-2026", new ImportContext("snm-2026.json", Optional.empty()));
        edition = Drafts.toEdition(Validators.inputValidator().check("snm-2026.json", read.edition()));
    }

    @Test
    void theSampleProgrammeBreaksNoRule() {
        assertThat(new ProgrammeChecker().check(edition).findings()).isEmpty();
    }

    @Test
    void theOpeningCeremonySpeakersComeInTheOrderOfThePressReport() {
        Session opening = edition.session(OPENING).orElseThrow();

        List<ProtocolPlace> speaking = ProtocolOrder.speakingOrder(edition, opening);

        // The Burkinabè and the Nigerien ministers spoke, then the Malian minister launched the week
        // in the name of the Prime Minister.
        assertThat(speaking).extracting(p -> p.official().fullName())
                .containsExactly("Aminata Zerbo Sabané", "Mohamed Sidi Raliou", "Alhamdou Ag Ilyène");
        ProtocolPlace last = speaking.get(2);
        assertThat(last.presides()).isTrue();
        assertThat(last.precedence().rank()).isEqualTo(2);
        assertThat(last.onBehalfOf()).hasValueSatisfying(m ->
                assertThat(m.authority().resolve("fr")).isEqualTo("Premier ministre"));
        assertThat(ProtocolOrder.seatingOrder(edition, opening)).extracting(p -> p.official().id().value())
                .containsExactly("alhamdou-ag-ilyene", "aminata-zerbo-sabane", "mohamed-sidi-raliou");
    }

    @Test
    void nextYearsEditionKeepsWeekdaysLocalTimesAndStructure() {
        Edition clone = EditionCloner.cloneEdition(Edition.of(edition),
                CloneRequest.of(new EditionId("snm-2027"), LocalDate.of(2027, 1, 29)));
        PublicEdition next = clone.publicView();

        assertThat(edition.dates().start().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(next.dates().start()).isEqualTo(LocalDate.of(2027, 1, 28)).matches(d -> d.getDayOfWeek()
                == DayOfWeek.THURSDAY);
        assertThat(next.dates().end()).isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(next.number()).isEqualTo(4);
        assertThat(next.title().french()).isEqualTo("Semaine du Numérique au Mali, 4ème édition");
        assertThat(next.session(new SessionId("ceremonie-de-lancement")).orElseThrow().title().resolve("en"))
                .isEqualTo("Official launch of the 4th edition");
        assertThat(next.zone()).isEqualTo(edition.zone());
        assertSameStructureAndLocalTimes(next);
        assertThat(new ProgrammeChecker().check(next).findings()).isEmpty();
        ProgrammeDiff diff = ProgrammeDiff.between(edition, next);
        assertThat(diff.sessionChanges()).filteredOn(SessionMoved.class::isInstance).hasSize(5)
                .allSatisfy(c -> assertThat(((SessionMoved) c).roomChanged()).isFalse());
    }

    @Test
    void aSisterEditionInNiameyKeepsWeekdaysAndLocalTimesInItsOwnZone() {
        ZoneId niamey = ZoneId.of("Africa/Niamey");
        Edition clone = EditionCloner.cloneEdition(Edition.of(edition),
                CloneRequest.of(new EditionId("snm-niamey-2026"), LocalDate.of(2026, 11, 26))
                        .withHost(Country.NIGER, "Niamey", niamey).withNumber(1));
        PublicEdition sister = clone.publicView();

        assertThat(sister.zone()).isEqualTo(niamey);
        assertThat(sister.hostCountry()).contains(Country.NIGER);
        assertThat(sister.hostCity()).contains("Niamey");
        assertThat(sister.dates().start()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertSameStructureAndLocalTimes(sister);
        Session opening = sister.session(OPENING).orElseThrow();
        assertThat(opening.slot().startIn(niamey).toLocalTime()).hasToString("09:00");
        assertThat(sister.venues()).allSatisfy(v -> assertThat(v.provenance().isIllustrative()).isTrue());
    }

    /**
     * Every session keeps its weekday, times, type, title (but the edition's number in it), track and room;
     * people's confirmations are dropped.
     */
    private static void assertSameStructureAndLocalTimes(PublicEdition clone) {
        Map<SessionId, Session> before = edition.sessions().stream()
                .collect(Collectors.toMap(Session::id, s -> s));
        assertThat(clone.sessions()).hasSameSizeAs(edition.sessions());
        for (Session after : clone.sessions()) {
            Session source = before.get(after.id());
            assertThat(after.slot().start().getDayOfWeek()).isEqualTo(source.slot().start().getDayOfWeek());
            assertThat(after.slot().end().getDayOfWeek()).isEqualTo(source.slot().end().getDayOfWeek());
            assertThat(after.slot().start().toLocalTime()).isEqualTo(source.slot().start().toLocalTime());
            assertThat(after.slot().end().toLocalTime()).isEqualTo(source.slot().end().toLocalTime());
            assertThat(after.slot().duration()).isEqualTo(source.slot().duration());
            assertThat(after.type()).isEqualTo(source.type());
            // A title that names the edition by its number names the clone's (« de la 4ème édition »).
            assertThat(after.title()).isEqualTo(
                    TitleOrdinals.renumberedEditionMentions(source.title(), edition.number(), clone.number()));
            assertThat(after.track()).isEqualTo(source.track());
            assertThat(after.room()).isEqualTo(source.room());
            assertThat(after.participants()).isEmpty();
            assertThat(after.statements()).isEmpty();
            assertThat(after.status()).isEqualTo(SessionStatus.TENTATIVE);
            assertThat(after.origin()).hasValueSatisfying(o -> {
                assertThat(o.edition()).isEqualTo(edition.id());
                assertThat(o.session()).isEqualTo(source.id());
            });
        }
        assertThat(clone.theme()).isEqualTo(edition.theme());
        assertThat(clone.venues()).extracting(v -> v.id()).isEqualTo(edition.venues().stream().map(v -> v.id())
                .toList());
    }
}
