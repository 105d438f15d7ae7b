package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;

/**
 * A calendar this project exported imports back, passes the model's validation, and has the same
 * sessions: ids, titles, times, rooms, types, cancellations and, for the sample, participants.
 */
class ICalendarRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void the_sample_comes_back_with_its_sessions_types_rooms_and_participants(String language) {
        PublicEdition sample = Editions.sample();

        PublicEdition imported = roundTrip(sample, language);

        assertSameSessions(sample, imported, language);
        assertThat(imported.id()).isEqualTo(sample.id());
        assertThat(imported.zone()).isEqualTo(sample.zone());
        assertThat(imported.hostCity()).isEqualTo(sample.hostCity());
        assertThat(imported.title().resolve(language)).isEqualTo(sample.title().resolve(language));
        assertThat(imported.programme()).extracting(Session::type)
                .containsExactlyElementsOf(sample.programme().stream().map(Session::type).toList());
        assertThat(imported.programme()).map(s -> participants(imported, s))
                .containsExactlyElementsOf(sample.programme().stream().map(s -> participants(sample, s)).toList());
        assertThat(imported.programme().stream().mapToLong(s -> s.participants().size()).sum()).isPositive();
    }

    @Test
    void the_sample_keeps_its_language_and_only_warns_of_what_the_calendar_does_not_carry() {
        ImportResult result = ImportedCalendars.read(new String(Editions.export(new ICalendarExporter(),
                Editions.sample(), "fr"), StandardCharsets.UTF_8), ImportedCalendars.CONTEXT);

        assertThat(ImportedCalendars.edition(result).title().values().keySet()).containsExactly("fr");
        assertThat(ImportedCalendars.warnings(result)).containsExactly(
                "line 25 (VEVENT 1, UID ceremonie-de-lancement@snm-2026.digitalweek): a participant's mandate is not "
                        + "kept ('Premier ministre')",
                "line 1 (VCALENDAR): host country not given: left out, never guessed; the country option (--country)"
                        + " sets it",
                "line 1 (VCALENDAR): conference dates taken from the events",
                "line 1 (VCALENDAR): the schedule gives no edition number: 1");
    }

    @Test
    void cancelled_sessions_come_back_cancelled() {
        PublicEdition edition = EditionVariants.cancelledAndTentative();

        PublicEdition imported = roundTrip(edition, "fr");

        assertThat(imported.programme()).filteredOn(Session::isCancelled).extracting(s -> s.id().value())
                .containsExactly("panel-gouvernance-numerique");
    }

    @Test
    void the_generated_week_of_two_thousand_sessions_comes_back_whole() {
        PublicEdition week = Editions.generated();

        PublicEdition imported = roundTrip(week, "fr");

        assertThat(imported.sessions()).hasSize(2_000);
        assertSameSessions(week, imported, "fr");
        assertThat(imported.programme()).filteredOn(Session::isCancelled).isNotEmpty();
    }

    @Test
    void the_generated_week_says_once_that_tentative_sessions_come_back_confirmed() {
        PublicEdition week = Editions.generated();
        long tentative = week.sessions().stream().filter(s -> s.status() == SessionStatus.TENTATIVE).count();

        ImportResult result = ImportedCalendars.read(Editions.export(new ICalendarExporter(), week, "en"),
                ImportedCalendars.CONTEXT);

        assertThat(tentative).isGreaterThan(1);
        assertThat(ImportedCalendars.warnings(result)).filteredOn(w -> w.contains("TENTATIVE")).singleElement()
                .asString().contains("STATUS:TENTATIVE read as confirmed: an import keeps cancellations only ("
                        + tentative + " times; also at line ").endsWith(", …)");
        assertThat(ImportedCalendars.warnings(result)).contains("line 1 (VCALENDAR): rooms of several venues put in "
                + "one, Centre de conférences 0: [Centre de conférences 0, Centre de conférences 1, Centre de "
                + "conférences 2]");
    }

    private static PublicEdition roundTrip(PublicEdition edition, String language) {
        byte[] calendar = Editions.export(new ICalendarExporter(), edition, language);
        return ImportedCalendars.edition(ImportedCalendars.read(calendar, ImportedCalendars.CONTEXT));
    }

    private static void assertSameSessions(PublicEdition expected, PublicEdition actual, String language) {
        assertThat(actual.programme()).map(s -> facts(actual, s, language))
                .containsExactlyElementsOf(expected.programme().stream().map(s -> facts(expected, s, language))
                        .toList());
    }

    private static Tuple facts(PublicEdition edition, Session session, String language) {
        return tuple(session.id().value(), session.title().resolve(language), session.slot(),
                session.room().flatMap(edition::room).map(r -> r.name().resolve(language)).orElse(null),
                session.isCancelled());
    }

    private static List<String> participants(PublicEdition edition, Session session) {
        return session.participants().stream().map(p -> name(edition, p) + " " + p.role()).toList();
    }

    private static String name(PublicEdition edition, Participant participant) {
        return edition.official(participant.official()).orElseThrow().displayName();
    }
}
