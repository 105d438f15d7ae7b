package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.export.support.Editions;

/** What the ics export writes, read as text. */
class ICalendarExporterTest {

    private final ICalendarExporter exporter = new ICalendarExporter();

    @Test
    void it_is_the_ics_format() {
        assertThat(exporter.formatId()).isEqualTo("ics");
        assertThat(exporter.mediaType()).isEqualTo("text/calendar");
    }

    @Test
    void every_line_ends_with_crlf_and_holds_at_most_75_octets() {
        for (PublicEdition edition : new PublicEdition[] {Editions.sample(), Editions.generated(), Calendars.tricky()}) {
            byte[] calendar = Editions.export(exporter, edition, "fr");
            String text = new String(calendar, StandardCharsets.UTF_8);
            assertThat(text).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
            assertThat(Calendars.lines(calendar)).allSatisfy(line ->
                    assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        }
    }

    @Test
    void a_long_title_in_bambara_folds_between_characters_and_unfolds_to_the_original() {
        byte[] calendar = Editions.export(exporter, Calendars.tricky(), "fr");

        assertThat(new String(calendar, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8))
                .as("no character was cut: the bytes are valid UTF-8").isEqualTo(calendar);
        assertThat(Calendars.lines(calendar).stream().filter(line -> line.startsWith(" ")).count()).isGreaterThan(2);
        String escaped = Calendars.HARD_TITLE.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\n", "\\n");
        assertThat(Calendars.unfolded(calendar)).contains("SUMMARY:" + escaped);
    }

    @Test
    void a_cancelled_session_is_cancelled_and_every_event_carries_the_version_and_the_clock() {
        byte[] calendar = Editions.export(exporter, Calendars.tricky(), "fr");

        assertThat(Calendars.unfolded(calendar)).contains("STATUS:CANCELLED")
                .filteredOn(line -> line.startsWith("SEQUENCE:")).hasSize(5).containsOnly("SEQUENCE:7");
        assertThat(Calendars.unfolded(calendar)).filteredOn(line -> line.startsWith("DTSTAMP:"))
                .hasSize(5).containsOnly("DTSTAMP:20260201T120000Z");
    }

    @Test
    void the_time_stamp_comes_from_the_context_clock_only() throws IOException {
        Clock later = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(Editions.sample(), new ExportContext(later, "fr"), out);
        assertThat(Calendars.unfolded(out.toByteArray())).filteredOn(line -> line.startsWith("DTSTAMP"))
                .isNotEmpty().containsOnly("DTSTAMP:20260304T050607Z");
    }

    @Test
    void uids_are_stable_and_name_the_edition() {
        PublicEdition sample = Editions.sample();
        assertThat(Calendars.unfolded(Editions.export(exporter, sample, "en")))
                .filteredOn(line -> line.startsWith("UID:"))
                .containsExactlyElementsOf(sample.programme().stream()
                        .map(s -> "UID:" + s.id() + "@snm-2026.digitalweek").toList());
    }

    @Test
    void the_calendar_names_itself_for_old_and_new_clients() {
        assertThat(Calendars.unfolded(Editions.export(exporter, Editions.sample(), "en"))).contains(
                "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
                "X-WR-TIMEZONE:Africa/Bamako", "TZID:Africa/Bamako", "BEGIN:VTIMEZONE")
                .anyMatch(line -> line.startsWith("NAME:"))
                .anyMatch(line -> line.startsWith("X-WR-CALNAME:"))
                .anyMatch(line -> line.startsWith("PRODID:-//digitalweek//"));
    }
}
