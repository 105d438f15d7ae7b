package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.export.support.ExternalTools;

/**
 * A calendar written by another producer, Debian's python3-icalendar: TZID without VTIMEZONE, UTC
 * with DURATION, an all-day event, a cancelled one, an attendee, escaped texts and a URL.
 */
class ICalendarFromPythonTest {

    private static final String PRODUCER = """
            import sys
            from datetime import datetime, date, timedelta
            import pytz
            from icalendar import Calendar, Event, vCalAddress, vText
            tz = pytz.timezone('Africa/Abidjan')
            cal = Calendar()
            cal.add('prodid', '-//Python icalendar//Test producer//FR')
            cal.add('version', '2.0')
            cal.add('x-wr-calname', "Forum numérique d'Abidjan, 2026")
            cal.add('x-wr-timezone', 'Africa/Abidjan')
            def event(uid, summary, start, end=None, **extra):
                e = Event()
                e.add('uid', uid)
                e.add('dtstamp', datetime(2026, 1, 1, tzinfo=pytz.utc))
                e.add('summary', summary)
                e.add('dtstart', start)
                if end is not None:
                    e.add('dtend', end)
                for k, v in extra.items():
                    e.add(k.replace('_', '-'), v)
                cal.add_component(e)
                return e
            event('ouverture-2026@forum.example.ci', 'Ouverture ; discours, accueil',
                  tz.localize(datetime(2026, 3, 10, 9, 0)), tz.localize(datetime(2026, 3, 10, 10, 30)),
                  location='Salle Ivoire', description='Mot de bienvenue\\nPuis discours',
                  categories=['Institutionnel'])
            event('atelier-ia@forum.example.ci', 'Atelier IA', datetime(2026, 3, 10, 11, 0, tzinfo=pytz.utc),
                  duration=timedelta(hours=2), location='Salle 2', status='CANCELLED')
            event('expo@forum.example.ci', 'Exposition', date(2026, 3, 10), date(2026, 3, 12), location='Hall',
                  url='https://forum.example.ci/expo')
            a = event('table-ronde@forum.example.ci', 'Table ronde', tz.localize(datetime(2026, 3, 11, 14, 0)),
                      tz.localize(datetime(2026, 3, 11, 15, 0)), location='Salle Ivoire')
            att = vCalAddress('mailto:kone@example.ci')
            att.params['cn'] = vText('Awa Koné')
            att.params['role'] = vText('CHAIR')
            a.add('attendee', att, encode=0)
            with open(sys.argv[1], 'wb') as f:
                f.write(cal.to_ical())
            """;

    @TempDir
    Path folder;

    @Test
    void imports_the_calendar_python_icalendar_writes() throws IOException {
        ExternalTools.requirePython("icalendar", "pytz");
        Path file = folder.resolve("forum.ics");
        ExternalTools.Run run = ExternalTools.python(PRODUCER, file.toString());
        assertThat(run.exitCode()).as(run.output()).isZero();

        ImportResult result = ImportedCalendars.read(Files.readAllBytes(file), ImportedCalendars.CONTEXT);
        PublicEdition edition = ImportedCalendars.edition(result);

        assertThat(edition.title().resolve("fr")).isEqualTo("Forum numérique d'Abidjan, 2026");
        assertThat(edition.zone()).isEqualTo(ZoneId.of("Africa/Abidjan"));
        assertThat(edition.programme()).extracting(s -> s.id().value(), s -> s.title().resolve("fr"),
                s -> s.slot().start(), s -> s.slot().end(), s -> room(edition, s), Session::isCancelled)
                .containsExactly(
                        tuple("expo", "Exposition", at("2026-03-10T00:00"), at("2026-03-12T00:00"), "Hall", false),
                        tuple("ouverture-2026", "Ouverture ; discours, accueil", at("2026-03-10T09:00"),
                                at("2026-03-10T10:30"), "Salle Ivoire", false),
                        tuple("atelier-ia", "Atelier IA", at("2026-03-10T11:00"), at("2026-03-10T13:00"), "Salle 2",
                                true),
                        tuple("table-ronde", "Table ronde", at("2026-03-11T14:00"), at("2026-03-11T15:00"),
                                "Salle Ivoire", false));
        Session opening = edition.session(new SessionId("ouverture-2026")).orElseThrow();
        assertThat(opening.summary().resolve("fr")).isEqualTo("Mot de bienvenue\nPuis discours");
        assertThat(opening.track().flatMap(t -> edition.theme().track(t))).map(t -> t.name().resolve("fr"))
                .contains("Institutionnel");
        Session round = edition.session(new SessionId("table-ronde")).orElseThrow();
        assertThat(round.participants()).extracting(p -> edition.official(p.official()).orElseThrow().displayName(),
                p -> p.role()).containsExactly(tuple("Awa Koné", ParticipantRole.PRESIDES));
        assertThat(edition.session(new SessionId("expo")).orElseThrow().url()).map(Object::toString)
                .contains("https://forum.example.ci/expo");
        assertThat(ImportedCalendars.warnings(result)).noneMatch(w -> w.contains("URL")).contains(
                "line 27 (VEVENT 3, UID expo@forum.example.ci): all-day event: from 00:00 on its first day to 00:00 "
                        + "after its last",
                "line 6 (VEVENT 1, UID ouverture-2026@forum.example.ci): guid is not an id, derived from id (4 times; "
                        + "also at line 16 (VEVENT 2, UID atelier-ia@forum.example.ci), line 25 (VEVENT 3, UID "
                        + "expo@forum.example.ci), …)");
    }

    private static String room(PublicEdition edition, Session session) {
        return session.room().flatMap(edition::room).map(r -> r.name().resolve("fr")).orElse(null);
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }
}
