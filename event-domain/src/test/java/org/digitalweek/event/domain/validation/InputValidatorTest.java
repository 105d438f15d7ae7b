package org.digitalweek.event.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.draft.SlotDraft;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.Validators;

class InputValidatorTest {

    private final InputValidator validator = Validators.inputValidator();

    @Test
    void aValidDraftHasNoViolation() {
        assertThat(validator.violations(EditionDrafts.week())).isEmpty();
    }

    @Test
    void aSlotEndingBeforeItStartsIsReportedAtItsEndInBothLanguages() {
        SessionDraft panel = EditionDrafts.panel();
        SessionDraft backwards = withSlot(panel, new SlotDraft(panel.slot().end(), panel.slot().start()));
        EditionDraft draft = EditionDrafts.replacingSession(EditionDrafts.week(), 1, backwards);

        assertThat(validator.violations(draft))
                .extracting(Violation::path, Violation::rule, Violation::messageFr, Violation::messageEn)
                .containsExactly(tuple("sessions[1].slot.end", "EndsAfterStart",
                        "doit être après le début", "must be after the start"));
    }

    @Test
    void yearsBeyondFourDigitsAreReportedAtEachDateInBothLanguages() {
        EditionDraft week = EditionDrafts.week();
        SessionDraft panel = EditionDrafts.panel();
        SessionDraft far = withSlot(panel, new SlotDraft(LocalDateTime.MIN, panel.slot().end()));
        EditionDraft draft = new EditionDraft(week.id(), week.series(), week.number(), week.title(), week.theme(),
                week.startDate(), LocalDate.MAX, week.timeZone(), week.hostCity(), week.hostCountry(), week.venues(),
                week.ministries(), week.participations(), week.officials(), List.of(far), null, null, null);

        assertThat(validator.violations(draft))
                .extracting(Violation::path, Violation::rule, Violation::messageFr, Violation::messageEn)
                .containsExactly(tuple("endDate", "FourDigitYear", "doit être entre les années 0001 et 9999",
                                "must be in the years 0001 to 9999"),
                        tuple("sessions[0].slot.start", "FourDigitYear", "doit être entre les années 0001 et 9999",
                                "must be in the years 0001 to 9999"));
    }

    @Test
    void theFirstAndLastFourDigitYearsAreValid() {
        EditionDraft week = EditionDrafts.week();
        SessionDraft panel = EditionDrafts.panel();
        SessionDraft first = withSlot(panel, new SlotDraft(LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(1, 1, 1, 1, 0)));
        EditionDraft draft = new EditionDraft(week.id(), week.series(), week.number(), week.title(), week.theme(),
                LocalDate.of(9999, 12, 25), LocalDate.of(9999, 12, 31), week.timeZone(), week.hostCity(), week.hostCountry(),
                week.venues(), week.ministries(), week.participations(), week.officials(), List.of(first), null, null,
                null);

        assertThat(validator.violations(draft)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceInPathOrder() {
        EditionDraft week = EditionDrafts.week();
        EditionDraft broken = new EditionDraft("bad id!", week.series(), 0, Map.of("x y", "titre"), week.theme(),
                week.endDate(), week.startDate(), "Mars/Olympus", " ", "ml", week.venues(), week.ministries(),
                week.participations(), week.officials(), week.sessions(), null, null, null);

        List<Violation> found = validator.violations(broken);

        assertThat(found).extracting(Violation::path).containsExactly(
                "endDate", "hostCity", "hostCountry", "id", "number", "timeZone", "title");
        assertThat(found).extracting(Violation::rule).containsExactly(
                "EndsAfterStart", "NotBlankIfGiven", "CountryCode", "Identifier", "Positive", "TimeZoneId",
                "Localized");
        assertThat(found).filteredOn(v -> v.path().equals("hostCountry")).singleElement().satisfies(v -> {
            assertThat(v.messageFr()).startsWith("doit être un code de pays ISO 3166-1 alpha-2");
            assertThat(v.messageEn()).startsWith("must be an ISO 3166-1 alpha-2 country code");
        });
    }

    @Test
    void theProvidersOwnMessagesComeInBothLanguagesToo() {
        EditionDraft week = EditionDrafts.week();
        EditionDraft noCity = new EditionDraft(week.id(), week.series(), week.number(), week.title(), week.theme(),
                week.startDate(), week.endDate(), week.timeZone(), "", week.hostCountry(), week.venues(),
                week.ministries(), week.participations(), week.officials(), week.sessions(), null, null, null);

        assertThat(validator.violations(noCity)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("hostCity");
            assertThat(v.messageEn()).isEqualTo("must not be blank: leave it out when it is not given");
            assertThat(v.messageFr()).isNotEqualTo(v.messageEn()).contains("vide");
        });
    }

    @Test
    void englishStaysEnglishWhenTheMachineSpeaksFrench() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        try {
            SessionDraft panel = EditionDrafts.panel();
            EditionDraft draft = EditionDrafts.replacingSession(EditionDrafts.week(), 1,
                    withSlot(panel, new SlotDraft(panel.slot().end(), panel.slot().start())));
            assertThat(Validators.inputValidator().violations(draft)).singleElement()
                    .extracting(Violation::messageEn).isEqualTo("must be after the start");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void referencesToUnknownItemsAreReportedWhereTheyAre() {
        EditionDraft week = EditionDrafts.week();
        SessionDraft elsewhere = EditionDrafts.session("lost", org.digitalweek.event.domain.model.SessionType.PANEL,
                EditionDrafts.slot(1, 9, 1, 10), "no-such-room", "no-such-track",
                List.of(new org.digitalweek.event.domain.draft.ParticipantDraft("nobody",
                        org.digitalweek.event.domain.model.ParticipantRole.SPEAKER, null)),
                List.of(new org.digitalweek.event.domain.draft.StatementDraft("host-minister", "Bonjour.", "fr", null)));
        EditionDraft draft = EditionDrafts.replacingSession(week, 2, elsewhere);

        assertThat(validator.violations(draft))
                .extracting(Violation::path, Violation::messageEn)
                .containsExactly(
                        tuple("sessions[2].participants[0].official", "names a person the edition does not list"),
                        tuple("sessions[2].room", "names a room that no venue of the edition has"),
                        tuple("sessions[2].statements[0].speaker",
                                "names a speaker who does not take part in the session"),
                        tuple("sessions[2].track", "names a track the theme does not have"));
    }

    @Test
    void duplicateIdsAreReportedAtTheSecondOccurrence() {
        EditionDraft week = EditionDrafts.week();
        EditionDraft draft = EditionDrafts.replacingSession(week, 3, EditionDrafts.panel());

        assertThat(validator.violations(draft)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("sessions[3].id");
            assertThat(v.messageFr()).isEqualTo("est utilisé deux fois ; les identifiants doivent être uniques");
        });
    }

    @Test
    void checkThrowsWithEveryViolationAndABilingualMessage() {
        EditionDraft week = EditionDrafts.week();
        EditionDraft broken = new EditionDraft(week.id(), week.series(), -1, week.title(), week.theme(),
                week.startDate(), week.endDate(), "Nowhere/City", week.hostCity(), week.hostCountry(), week.venues(),
                week.ministries(), week.participations(), week.officials(), week.sessions(), null, null, null);

        assertThatThrownBy(() -> validator.check("week.json", broken))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo("week.json");
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("number", "timeZone");
                    assertThat(e.getMessage()).startsWith("week.json: 2 problems")
                            .contains("timeZone: must be a time-zone id of the IANA database");
                    assertThat(e.getMessage("fr")).startsWith("week.json : 2 problèmes")
                            .contains("timeZone : doit être un fuseau horaire de la base IANA");
                });
    }

    @Test
    void aLanguageGivenTwiceInDifferentCaseIsRefused() {
        EditionDraft week = EditionDrafts.week();
        EditionDraft twice = new EditionDraft(week.id(), week.series(), week.number(),
                Map.of("fr", "Semaine", "FR", "Semaine bis"), week.theme(), week.startDate(), week.endDate(),
                week.timeZone(), week.hostCity(), week.hostCountry(), week.venues(), week.ministries(),
                week.participations(), week.officials(), week.sessions(), null, null, null);

        assertThat(validator.violations(twice)).extracting(Violation::path, Violation::rule)
                .containsExactly(tuple("title", "Localized"));
    }

    @Test
    void aSessionListingALanguageTwiceIsRefused() {
        SessionDraft s = EditionDrafts.training();
        SessionDraft twice = new SessionDraft(s.id(), s.type(), s.title(), s.summary(), s.track(), s.slot(), s.room(),
                s.participants(), List.of("fr", "bm", "FR"), s.status(), s.expectedAttendance(), s.statements(),
                s.illustrativeNote(), s.parallelAllowed(), s.origin());

        assertThat(validator.violations(EditionDrafts.replacingSession(EditionDrafts.week(), 3, twice)))
                .extracting(Violation::path).containsExactly("sessions[3].languages");
    }

    @Test
    void aValidInputIsReturnedAsItIs() {
        EditionDraft week = EditionDrafts.week();
        assertThat(validator.check("week", week)).isSameAs(week);
    }

    private static SessionDraft withSlot(SessionDraft s, SlotDraft slot) {
        return new SessionDraft(s.id(), s.type(), s.title(), s.summary(), s.track(), slot, s.room(),
                s.participants(), s.languages(), s.status(), s.expectedAttendance(), s.statements(),
                s.illustrativeNote(), s.parallelAllowed(), s.origin());
    }
}
