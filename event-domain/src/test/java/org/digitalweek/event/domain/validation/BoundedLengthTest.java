package org.digitalweek.event.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.draft.SlotDraft;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.DateRange;

/**
 * Issue 16, item 3: an edition lasts at most a year and no session longer than its edition, so that
 * no edition can ask its exports for thousands of days. Found by an all-day event from 0001-01-01 to
 * 9999-12-31 that imported and made the html export write 2.9 GB in 60 s.
 */
class BoundedLengthTest {

    private final InputValidator validator = Validators.inputValidator();

    @Test
    void an_edition_of_366_days_is_valid_and_one_of_367_is_refused_at_its_end_in_both_languages() {
        LocalDate first = EditionDrafts.FIRST_DAY;

        assertThat(validator.violations(dates(first, first.plusDays(DateRange.MAX_DAYS - 1L)))).isEmpty();
        assertThat(validator.violations(dates(first, first.plusDays(DateRange.MAX_DAYS))))
                .extracting(Violation::path, Violation::rule, Violation::messageFr, Violation::messageEn)
                .containsExactly(tuple("endDate", "BoundedLength",
                        "doit être au plus 365 jours après la date de début : une édition dure au plus 366 jours",
                        "must be at most 365 days after the start date: an edition lasts at most 366 days"));
    }

    @Test
    void a_session_longer_than_its_edition_is_refused_at_its_end_and_one_as_long_is_valid() {
        EditionDraft week = EditionDrafts.week(); // five days
        LocalDateTime opening = week.startDate().atStartOfDay();
        SessionDraft whole = withSlot(week.sessions().get(2), opening, opening.plusDays(5));
        SessionDraft longer = withSlot(week.sessions().get(2), opening, opening.plusDays(5).plusMinutes(1));

        assertThat(validator.violations(EditionDrafts.replacingSession(week, 2, whole))).isEmpty();
        assertThat(validator.violations(EditionDrafts.replacingSession(week, 2, longer)))
                .extracting(Violation::path, Violation::rule, Violation::messageEn)
                .containsExactly(tuple("sessions[2].slot.end", "BoundedLength", "must not make the session longer "
                        + "than its edition: a session lasts at most as long as the edition's days"));
    }

    @Test
    void the_imported_forever_event_is_refused_twice_the_edition_and_its_session() {
        LocalDateTime from = LocalDateTime.of(1, 1, 1, 0, 0);
        EditionDraft week = dates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 30));
        EditionDraft forever = week.withSessions(List.of(withSlot(week.sessions().get(2), from,
                LocalDateTime.of(9999, 12, 31, 0, 0))));

        assertThat(validator.violations(forever)).extracting(Violation::path, Violation::rule)
                .contains(tuple("endDate", "BoundedLength"), tuple("sessions[0].slot.end", "BoundedLength"));
    }

    @Test
    void a_short_session_far_outside_the_edition_is_valid_input_the_programme_check_flags_it() {
        EditionDraft week = EditionDrafts.week();
        SessionDraft far = withSlot(week.sessions().get(1), LocalDateTime.of(1, 1, 1, 9, 0),
                LocalDateTime.of(1, 1, 1, 10, 0));

        assertThat(validator.violations(EditionDrafts.replacingSession(week, 1, far))).isEmpty();
    }

    private static EditionDraft dates(LocalDate start, LocalDate end) {
        EditionDraft w = EditionDrafts.week();
        return new EditionDraft(w.id(), w.series(), w.number(), w.title(), w.theme(), start, end, w.timeZone(),
                w.hostCity(), w.hostCountry(), w.venues(), w.ministries(), w.participations(), w.officials(),
                w.sessions(), null, null, null);
    }

    private static SessionDraft withSlot(SessionDraft s, LocalDateTime start, LocalDateTime end) {
        return new SessionDraft(s.id(), s.type(), s.title(), s.summary(), s.track(), new SlotDraft(start, end),
                s.room(), s.participants(), s.languages(), s.status(), s.expectedAttendance(), s.statements(),
                s.illustrativeNote(), s.parallelAllowed(), s.origin());
    }
}
