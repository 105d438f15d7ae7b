package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.export.support.Editions;

/**
 * Our own {@code schedule.xml} reads back: every event the exporter wrote is a session again, with
 * its title, time in the edition's zone, room and kind. A session over several days was written as
 * one event per day, and comes back as one session per day.
 */
class FrabXmlRoundTripTest {

    @Test
    void theSampleExportedAsFrabXmlReadsBackSessionForSession() throws Exception {
        PublicEdition sample = Editions.sample();
        byte[] xml = Editions.export(new FrabXmlExporter(), sample, "fr");
        List<ScheduleEvent> written = Schedule.of(sample, ReaderLanguage.of("fr", sample.defaultLanguage())).byDay();

        ImportReport report = FrabImports.service(new FakeEditions()).read("frab-xml",
                ImportContext.named("snm-2026.schedule.xml"), new ByteArrayInputStream(xml));
        PublicEdition back = report.edition();

        assertThat(back.id().value()).isEqualTo("snm-2026");
        assertThat(back.zone()).isEqualTo(sample.zone());
        assertThat(back.dates()).isEqualTo(sample.dates());
        long extraDays = written.stream().filter(e -> e.part() > 1).count();
        assertThat(extraDays).as("later days of the exhibition, written as events of their own").isEqualTo(6);
        assertThat(back.sessions()).as("the day parts are joined again").hasSize(sample.sessions().size());
        assertThat(report.warnings()).extracting(w -> w.messageEn())
                .contains("day parts of a session over several days joined into one");

        Map<String, Session> byId = back.sessions().stream()
                .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
        Map<String, String> roomNames = back.venues().stream().flatMap(v -> v.rooms().stream())
                .collect(Collectors.toMap(r -> r.id().value(), r -> r.name().resolve("fr")));
        for (ScheduleEvent event : written.stream().filter(e -> e.part() == 1).toList()) {
            Session read = byId.get(event.guid().toString());
            assertThat(read).as("the session of event %s", event.guid()).isNotNull();
            assertThat(read.title().resolve("fr")).isEqualTo(event.session().title().resolve("fr"));
            assertThat(read.slot()).isEqualTo(event.session().slot());
            assertThat(read.type()).isEqualTo(event.session().type());
            assertThat(read.room().map(r -> roomNames.get(r.value()))).contains(event.room().name());
        }
    }

    @Test
    void sessionsOfOneDayKeepTheirTitlesTimesRoomsAndKindsByTheirGuid() throws Exception {
        PublicEdition sample = Editions.sample();
        byte[] xml = Editions.export(new FrabXmlExporter(), sample, "fr");
        Map<String, ScheduleEvent> written = Schedule.of(sample, ReaderLanguage.of("fr", sample.defaultLanguage())).byDay().stream()
                .filter(e -> e.parts() == 1).collect(Collectors.toMap(e -> e.guid().toString(), Function.identity()));

        PublicEdition back = FrabImports.service(new FakeEditions()).read("frab-xml",
                ImportContext.named("snm-2026.schedule.xml"), new ByteArrayInputStream(xml)).edition();

        List<Session> oneDay = sample.sessions().stream()
                .filter(s -> s.slot().start().toLocalDate().equals(s.slot().end().minusNanos(1).toLocalDate())).toList();
        assertThat(oneDay).hasSize(sample.sessions().size() - 1);
        for (Session original : oneDay) {
            ScheduleEvent event = written.values().stream().filter(e -> e.session().id().equals(original.id()))
                    .findFirst().orElseThrow();
            Session read = back.session(new SessionId(event.guid().toString())).orElseThrow();
            assertThat(read.title().resolve("fr")).isEqualTo(original.title().resolve("fr"));
            assertThat(read.slot()).isEqualTo(original.slot());
            assertThat(read.type()).isEqualTo(original.type());
            assertThat(read.room().isPresent()).isEqualTo(original.room().isPresent());
            original.room().ifPresent(room -> assertThat(name(back, read)).isEqualTo(name(sample, original)));
        }
    }

    private static String name(PublicEdition edition, Session session) {
        return edition.venues().stream().flatMap(v -> v.rooms().stream())
                .filter(r -> r.id().equals(session.room().orElseThrow())).map(Room::name).findFirst().orElseThrow()
                .resolve("fr");
    }
}
