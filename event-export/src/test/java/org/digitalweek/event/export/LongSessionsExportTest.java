package org.digitalweek.event.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.digitalweek.event.domain.model.DateRange;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.boot.FormatCatalogue;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.ExternalTools;
import org.digitalweek.event.export.support.Specs;

/**
 * Issue 16, item 3: no exporter's output grows with a session's length beyond a small cost per day,
 * for a month of days at most. Found by a 268-byte calendar, one all-day event from 0001-01-01 to
 * 9999-12-31, which imported: its html export wrote 2.9 GB in 60 s, its frab-json 2 GB. Input
 * validation now refuses that edition; these editions are built by hand, as an embedder may, so that
 * the exporters are shown to cope without it. Each exporter, each edition: under
 * {@value #MOST_BYTES} bytes, within {@value #SECONDS} seconds.
 */
class LongSessionsExportTest {

    private static final int MOST_BYTES = 300_000;
    private static final int SECONDS = 10;

    /** The edition the 268-byte calendar made: 0001-01-01 to 9999-12-30, one session over all of it. */
    static PublicEdition forever(ZoneId zone) {
        PublicEdition sample = Editions.sample();
        Session first = sample.programme().get(0);
        Session forever = new Session(new SessionId("forever"), first.type(), LocalizedText.fr("Forever"),
                first.summary(), first.track(), new TimeSlot(LocalDateTime.of(1, 1, 1, 0, 0),
                LocalDateTime.of(9999, 12, 31, 0, 0)), Optional.empty(), List.of(), List.of(), first.status(),
                first.expectedAttendance(), List.of(), first.provenance(), false, Optional.empty());
        return sample.toBuilder().dates(new DateRange(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 30))).zone(zone)
                .sessions(List.of(forever)).build();
    }

    /** The longest valid edition, a year, with the sample's programme and an exhibition over all of it, long of title and text. */
    static PublicEdition year() {
        PublicEdition sample = Editions.sample();
        Session expo = sample.programme().stream().filter(s -> s.slot().duration().toDays() >= 1).findFirst()
                .orElseThrow();
        LocalDate first = sample.dates().start();
        Session wide = new Session(expo.id(), expo.type(), LocalizedText.fr("Exposition ".repeat(30)),
                LocalizedText.fr("Stands et démonstrations. ".repeat(800)), expo.track(),
                new TimeSlot(first.atStartOfDay(), first.plusDays(DateRange.MAX_DAYS).atStartOfDay()), expo.room(),
                expo.participants(), expo.languages(), expo.status(), expo.expectedAttendance(), expo.statements(),
                expo.provenance(), expo.parallelAllowed(), expo.origin());
        return sample.withSession(wide).toBuilder()
                .dates(new DateRange(first, first.plusDays(DateRange.MAX_DAYS - 1L))).build();
    }

    /** The sample, with a short session in the year 0001 and one in 9999: far outside, each a day of its own. */
    static PublicEdition farOutside() {
        PublicEdition sample = Editions.sample();
        List<Session> sessions = new ArrayList<>(sample.sessions());
        Session panel = sample.programme().get(1);
        sessions.add(withId(panel.movedTo(new TimeSlot(LocalDateTime.of(1, 1, 1, 9, 0),
                LocalDateTime.of(1, 1, 1, 10, 0)), panel.room()), "au-debut"));
        sessions.add(withId(panel.movedTo(new TimeSlot(LocalDateTime.of(9999, 12, 31, 9, 0),
                LocalDateTime.of(9999, 12, 31, 10, 0)), panel.room()), "a-la-fin"));
        return sample.toBuilder().sessions(sessions).build();
    }

    private static Session withId(Session s, String id) {
        return new Session(new SessionId(id), s.type(), s.title(), s.summary(), s.track(), s.slot(), s.room(),
                s.participants(), s.languages(), s.status(), s.expectedAttendance(), s.statements(), s.provenance(),
                s.parallelAllowed(), s.origin());
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Exporter exporter : FormatCatalogue.discover(LongSessionsExportTest.class.getClassLoader()).exporters()) {
            cases.add(Arguments.of(exporter.formatId(), "forever, Bamako", exporter));
            cases.add(Arguments.of(exporter.formatId(), "forever, Paris", exporter));
            cases.add(Arguments.of(exporter.formatId(), "a year", exporter));
            cases.add(Arguments.of(exporter.formatId(), "far outside", exporter));
        }
        return cases.stream();
    }

    private static PublicEdition edition(String name) {
        return switch (name) {
            case "forever, Bamako" -> forever(ZoneId.of("Africa/Bamako"));
            case "forever, Paris" -> forever(ZoneId.of("Europe/Paris"));
            case "a year" -> year();
            default -> farOutside();
        };
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void every_export_stays_small_and_quick_whatever_a_session_lasts(String format, String name, Exporter exporter) {
        PublicEdition edition = edition(name);

        byte[] output = assertTimeoutPreemptively(Duration.ofSeconds(SECONDS),
                () -> Editions.export(exporter, edition, "fr"));

        System.out.printf("long sessions: %-10s %-16s %,9d bytes%n", format, name, output.length);
        assertThat(output.length).as("%s of %s", format, name).isLessThan(MOST_BYTES);
        if (format.equals("frab-xml")) {
            Path xsd = Specs.require("schedule.xml.xsd");
            assertThat(Specs.xsdProblems(xsd, output)).as("%s of %s against %s", format, name, xsd).isEmpty();
        } else if (format.equals("frab-json") || format.equals("schedule2")) {
            ExternalTools.Run run = Specs.jsonSchemaCheck(Specs.require(format.equals("frab-json")
                    ? "schedule.json.schema.json" : "schedule2.json.schema.json"), output);
            assertThat(run.output()).as("jsonschema's report on %s of %s", format, name).endsWith("0 errors\n");
        }
    }
}
