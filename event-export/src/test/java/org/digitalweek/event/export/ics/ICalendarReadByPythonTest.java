package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.ExternalTools;
import org.digitalweek.event.export.support.NaughtyProgramme;

/**
 * Debian's python3-icalendar, an independent parser, reads every event back as the model has it.
 * The expected events go to the script as tab-separated lines, one per event.
 */
class ICalendarReadByPythonTest {

    private static final String SCRIPT = """
            import re, sys
            from icalendar import Calendar
            with open(sys.argv[1], 'rb') as f:
                cal = Calendar.from_ical(f.read())
            with open(sys.argv[2], encoding='utf-8') as f:
                zone, *rows = f.read().split('\\x1e')
            expected = {}
            for row in rows:
                uid, summary, start, end, status = row.split('\\x1f')
                expected[uid] = (summary, start, end, status)
            # Debian 12's icalendar 4.0.3 reads an escaped backslash pair (\\\\ in the file) as one
            # backslash; with this flag, runs of backslashes are compared as one.
            lenient = len(sys.argv) > 3
            def text(s):
                return re.sub(r'\\\\+', r'\\\\', s) if lenient else s
            def local(prop):
                dt = prop.dt
                name = getattr(dt.tzinfo, 'zone', None) or getattr(dt.tzinfo, 'key', None) or str(dt.tzinfo)
                if name != zone:
                    raise SystemExit('zone %r, not %r' % (name, zone))
                return dt.replace(tzinfo=None).isoformat()
            seen = 0
            for ev in cal.walk('VEVENT'):
                uid = str(ev['UID'])
                if uid not in expected:
                    raise SystemExit('unexpected UID ' + uid)
                actual = (text(str(ev['SUMMARY'])), local(ev['DTSTART']), local(ev['DTEND']), str(ev['STATUS']))
                wanted = (text(expected[uid][0]),) + expected[uid][1:]
                if actual != wanted:
                    raise SystemExit('%s: %r != %r' % (uid, actual, wanted))
                seen += 1
            if seen != len(expected):
                raise SystemExit('%d events, not %d' % (seen, len(expected)))
            print('OK', seen)
            """;

    @TempDir
    Path folder;

    @BeforeEach
    void needsPython() {
        ExternalTools.requirePython("icalendar");
    }

    @Test
    void it_reads_every_event_of_the_sample() throws IOException {
        assertReadsBack(Editions.sample(), "en");
    }

    @Test
    void it_reads_every_event_of_a_week_of_2000_sessions() throws IOException {
        assertReadsBack(Editions.generated(), "fr");
    }

    @Test
    void it_reads_a_cancelled_session_with_a_title_to_fold_and_escape() throws IOException {
        assertReadsBack(Calendars.tricky(), "fr");
    }

    @Test
    void it_reads_every_event_of_an_edition_with_no_host_city_or_country() throws IOException {
        assertReadsBack(EditionVariants.withoutHost(), "fr");
    }

    @Test
    void it_reads_every_event_of_the_edition_of_naughty_strings() throws IOException {
        assertReadsBack(NaughtyProgramme.edition(), "fr", "collapse-backslashes");
    }

    private void assertReadsBack(PublicEdition edition, String language, String... flags) throws IOException {
        Path calendar = folder.resolve("calendar.ics");
        Files.write(calendar, Editions.export(new ICalendarExporter(), edition, language));
        Path expected = folder.resolve("expected.txt");
        Files.writeString(expected, edition.zone().getId() + edition.sessions().stream()
                .map(s -> "\u001e" + expected(edition, s, language)).collect(Collectors.joining()),
                StandardCharsets.UTF_8);

        List<String> args = new ArrayList<>(List.of(calendar.toString(), expected.toString()));
        args.addAll(List.of(flags));
        ExternalTools.Run run = ExternalTools.python(SCRIPT, args.toArray(String[]::new));

        assertThat(run.output().strip()).isEqualTo("OK " + edition.sessions().size());
        assertThat(run.exitCode()).isZero();
    }

    private static String expected(PublicEdition edition, Session session, String language) {
        return String.join("\u001f", SessionEvents.uid(edition, session), session.title().resolve(language),
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(session.slot().start()),
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(session.slot().end()), session.status().name());
    }
}
