package org.digitalweek.event.export.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.Statement;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.export.json.CanonicalJsonExporter;

/** The bundled edition holds the facts of the press report of the opening, and marks the rest illustrative. */
class SampleEditionTest {

    private static final String HOST_MINISTRY =
            "Ministère de la Communication, de l’Économie Numérique et de la Modernisation de l’Administration";

    private static ImportResult read;
    private static PublicEdition edition;

    @BeforeAll
    static void load() throws IOException {
        read = SampleEditions.read("snm-2026", new ImportContext("snm-2026.json", Optional.empty()));
        edition = Drafts.toEdition(Validators.inputValidator().check("snm-2026.json", read.edition()));
    }

    @Test
    void readsWithoutRepairOrViolation() {
        assertThat(read.warnings()).isEmpty();
        assertThat(SampleEditions.ids()).containsExactly("snm-2026");
    }

    @Test
    void isTheThirdSemaineDuNumeriqueAuMaliInBamako() {
        assertThat(edition.id().value()).isEqualTo("snm-2026");
        assertThat(edition.series().name().french()).isEqualTo("Semaine du Numérique au Mali");
        assertThat(edition.series().hostCountry()).contains(Country.MALI);
        assertThat(edition.number()).isEqualTo(3);
        assertThat(edition.dates().start()).isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(edition.hostCity()).contains("Bamako");
        assertThat(edition.zone()).isEqualTo(ZoneId.of("Africa/Bamako"));
        assertThat(edition.theme().title().french()).isEqualTo(
                "E-gouvernement à l’ère de l’intelligence artificielle : Opportunités et défis pour la culture");
    }

    @Test
    void wasOpenedOnThursday29JanuaryInTheBanquetHallOfTheCicb() {
        Session opening = session("ceremonie-de-lancement");
        assertThat(opening.type()).isEqualTo(SessionType.OPENING_CEREMONY);
        assertThat(opening.slot().start().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(opening.slot().start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.THURSDAY);
        assertThat(opening.room()).contains(new RoomId("salle-des-banquets"));
        assertThat(edition.room(new RoomId("salle-des-banquets")).orElseThrow().name().french())
                .isEqualTo("Salle des banquets");
        var cicb = edition.venueOf(new RoomId("salle-des-banquets")).orElseThrow();
        assertThat(cicb.name().french()).isEqualTo("Centre International de Conférences de Bamako");
        assertThat(cicb.shortName()).contains("CICB");
        assertThat(cicb.city()).contains("Bamako");
    }

    @Test
    void wasPresidedByTheMinisterOfCommunicationOnBehalfOfThePrimeMinister() {
        Official minister = official("alhamdou-ag-ilyene");
        assertThat(minister.fullName()).isEqualTo("Alhamdou Ag Ilyène");
        assertThat(ministryOf(minister).name().french()).isEqualTo(HOST_MINISTRY);
        assertThat(ministryOf(minister).country()).isEqualTo(Country.MALI);

        Participant presides = session("ceremonie-de-lancement").participants().stream()
                .filter(p -> p.role() == ParticipantRole.PRESIDES).findFirst().orElseThrow();
        assertThat(presides.official()).isEqualTo(minister.id());
        assertThat(presides.onBehalfOf().orElseThrow().authority().french()).isEqualTo("Premier ministre");
        assertThat(edition.ministriesWith(ParticipationRole.HOST)).extracting(m -> m.name().french())
                .containsExactly(HOST_MINISTRY);
    }

    @Test
    void theBurkinabeAndNigerienMinistersTookPartAsGuestDelegations() {
        Official burkinabe = official("aminata-zerbo-sabane");
        Official nigerien = official("mohamed-sidi-raliou");
        assertThat(burkinabe.fullName()).isEqualTo("Aminata Zerbo Sabané");
        assertThat(burkinabe.postTitle().french()).isEqualTo("Ministre de la Transition Digitale");
        assertThat(ministryOf(burkinabe).country()).isEqualTo(Country.BURKINA_FASO);
        assertThat(nigerien.fullName()).isEqualTo("Mohamed Sidi Raliou");
        assertThat(ministryOf(nigerien).country()).isEqualTo(Country.NIGER);
        assertThat(edition.ministriesWith(ParticipationRole.GUEST_DELEGATION)).extracting(Ministry::country)
                .containsExactly(Country.BURKINA_FASO, Country.NIGER);
        assertThat(session("ceremonie-de-lancement").participants())
                .extracting(p -> p.official().value(), Participant::role)
                .contains(tuple("aminata-zerbo-sabane", ParticipantRole.SPEAKER),
                        tuple("mohamed-sidi-raliou", ParticipantRole.SPEAKER));
    }

    @Test
    void isUnderThePatronageOfTheMinisterOfCulture() {
        Official patron = official("mamou-daffe");
        assertThat(patron.fullName()).isEqualTo("Mamou Daffé");
        assertThat(edition.ministriesWith(ParticipationRole.PATRON)).singleElement().satisfies(m -> {
            assertThat(m.name().french()).isEqualTo("Ministère de la Culture");
            assertThat(patron.ministry()).contains(m.id());
        });
    }

    @Test
    void hasTheThreeKindsOfProgrammeItemsAllMarkedIllustrative() {
        assertThat(edition.sessions()).extracting(Session::type).contains(SessionType.PANEL,
                SessionType.MASTERCLASS, SessionType.TRAINING, SessionType.EXHIBITION);
        assertThat(edition.sessions()).filteredOn(s -> s.type() != SessionType.OPENING_CEREMONY)
                .allSatisfy(s -> {
                    assertThat(s.provenance().isIllustrative()).as(s.id().value()).isTrue();
                    assertThat(s.participants()).as("no invented speakers in " + s.id()).isEmpty();
                });
        assertThat(session("panel-gouvernance-numerique").title().french())
                .isEqualTo("Panel de haut niveau sur la gouvernance numérique");
        assertThat(session("exposition-savoir-faire-local").slot().end())
                .isEqualTo(LocalDateTime.of(2026, 2, 4, 18, 0));
    }

    @Test
    void whatTheReportDoesNotGiveIsIllustrativeWithANote() {
        assertThat(edition.provenance().isIllustrative()).isTrue();
        assertThat(session("ceremonie-de-lancement").provenance().isIllustrative()).isTrue();
        assertThat(edition.rooms()).filteredOn(r -> !r.id().value().equals("salle-des-banquets"))
                .allMatch(r -> r.provenance().isIllustrative());
        assertThat(edition.room(new RoomId("salle-des-banquets")).orElseThrow().provenance().isIllustrative())
                .isFalse();
        assertThat(ministryOf(official("mohamed-sidi-raliou")).provenance().isIllustrative()).isTrue();
        assertThat(edition.officials()).noneMatch(o -> o.provenance().isIllustrative());
    }

    @Test
    void quotesTheTwoStatementsAttributedToTheirSpeakers() {
        assertThat(session("ceremonie-de-lancement").statements())
                .extracting(s -> s.speaker().value(), Statement::language)
                .containsExactly(tuple("aminata-zerbo-sabane", "fr"), tuple("alhamdou-ag-ilyene", "fr"));
        assertThat(session("ceremonie-de-lancement").statements()).extracting(Statement::text).containsExactly(
                "Nos trois pays partagent une histoire commune et des défis similaires. Nous avons la "
                        + "responsabilité historique d'offrir à notre jeunesse des horizons clairs, malgré les "
                        + "tempêtes sécuritaires et économiques",
                "Nos défis sont partagés : sécurité, protection des données, lutte contre la désinformation. "
                        + "Nos réponses doivent donc être coordonnées.");
    }

    @Test
    void theResourceIsInCanonicalFormSoAnExportReproducesItByteForByte() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CanonicalJsonExporter().export(edition, new ExportContext(Clock.systemUTC(), "fr"), out);
        try (InputStream resource = SampleEditions.class.getResourceAsStream("snm-2026.json")) {
            assertThat(out.toByteArray()).isEqualTo(resource.readAllBytes());
        }
    }

    @Test
    void anUnknownSampleIsNamed() {
        assertThatThrownBy(() -> SampleEditions.read("snm-1999", new ImportContext("x", Optional.empty())))
                .isInstanceOfSatisfying(EditionNotFoundException.class,
                        e -> assertThat(e.editionId()).isEqualTo("snm-1999"));
    }

    private static Session session(String id) {
        return edition.session(new SessionId(id)).orElseThrow();
    }

    private static Official official(String id) {
        return edition.official(new OfficialId(id)).orElseThrow();
    }

    private static Ministry ministryOf(Official official) {
        return edition.ministry(official.ministry().orElseThrow()).orElseThrow();
    }
}
