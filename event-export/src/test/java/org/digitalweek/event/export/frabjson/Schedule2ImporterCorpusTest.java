package org.digitalweek.event.export.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.export.support.Corpus;

/** The 38C3 hub's {@code schedule2} imports with every event, its rooms' capacities and the repairs it needed. */
class Schedule2ImporterCorpusTest {

    private final Schedule2Importer importer = new Schedule2Importer();

    @Test
    void theHubsScheduleImportsEveryEventWithRoomsTracksAndRoles() {
        Path file = Corpus.schedule("38c3-hub-schedule2.json");
        JsonNode independent = JsonMapper.builder().build().readTree(file.toFile());

        ImportResult result = Imports.read(importer, file, ImportContext.named("38c3-hub-schedule2.json"));
        PublicEdition edition = Imports.edition(result);

        assertThat(edition.sessions()).hasSize(independent.at("/schedule/events").size());
        assertThat(edition.dates().start()).isEqualTo(LocalDate.of(2024, 12, 27));
        assertThat(edition.dates().end()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(edition.rooms()).hasSize(independent.at("/schedule/conference/rooms").size());
        assertThat(edition.rooms()).filteredOn(r -> r.name().resolve("en").equals("Saal 1"))
                .extracting(Room::capacity).singleElement().extracting(c -> c.getAsInt()).isEqualTo(3025);
        assertThat(edition.venues()).singleElement().satisfies(v -> assertThat(v.name().resolve("en")).isEqualTo("CCC"));
        assertThat(edition.theme().tracks()).hasSize(7);

        Session opening = session(edition, "38C3: Opening Ceremony");
        assertThat(opening.id().value()).isEqualTo("270fa44c-821a-577f-8ca3-33e8d4a8c2a7");
        assertThat(opening.slot().start()).isEqualTo(LocalDateTime.of(2024, 12, 27, 10, 30));
        assertThat(opening.track()).map(t -> t.value()).hasValue("ccc");
        assertThat(opening.participants()).extracting(p -> p.role())
                .containsExactly(ParticipantRole.SPEAKER, ParticipantRole.SPEAKER, ParticipantRole.SPEAKER);
        Session race = session(edition, "A Competitive Time-Trial AI for Need for Speed:");
        assertThat(race.room()).map(r -> r.value()).hasValue("saal-zigzag");
        assertThat(race.summary().resolve("en")).startsWith("Most Wanted Using Deep Reinforcement Learning\n\n"
                + "All challenges and achievements");

        assertThat(Imports.warnings(result)).contains(
                "event HQCCYH (line 203, /schedule/events/0): unknown role 'CONTRIBUTOR' read as SPEAKER",
                "schedule (line 275, /schedule/persons): \"persons\" of the schedule not kept: the model has no place for it",
                "room (line 89, /schedule/conference/rooms/0/stream_id): \"stream_id\" of a room not kept: the model has no"
                        + " place for it (5 times; also at room (line 108, /schedule/conference/rooms/1/stream_id),"
                        + " room (line 125, /schedule/conference/rooms/2/stream_id), …)");
        assertThat(Imports.warnings(result)).noneMatch(w -> w.contains("\"links\"") || w.contains("\"logo\""));
        assertThat(result.warnings()).hasSize(11);
        assertThat(race.links()).extracting(l -> l.kind()).containsExactly(LinkKind.LOGO, LinkKind.OTHER,
                LinkKind.OTHER);
        assertThat(opening.source().id()).contains("HQCCYH");
        assertThat(Imports.frabXmlProblems(edition)).isEmpty();
    }

    private static Session session(PublicEdition edition, String title) {
        List<Session> found = edition.sessions().stream().filter(s -> s.title().values().containsValue(title)).toList();
        assertThat(found).as("sessions titled %s", title).hasSize(1);
        return found.get(0);
    }
}
