package org.digitalweek.event.export.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;

/**
 * Issue 17, item 2: a type word the importer does not know ({@code Poster}), or knows only by a first
 * word that gives {@code OTHER} ({@code BoF (45 minutes)}, whose {@code bof} is read as {@code OTHER}),
 * is said every time, once per word with its count, in French and English, and kept as the session's
 * source word for its kind; a word that names a kind whole ({@code lecture}, {@code workshop}) is not.
 */
class UnknownTypesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Test
    void eachUnknownWordIsSaidOnceWithItsCountAndKeptAsTheSourceKind() {
        ImportResult result = build("BoF (45 minutes)", "Poster", "BoF (45 minutes)", "lecture", "Workshop 60 Min");

        List<ImportWarning> types = result.warnings().stream().filter(w -> w.messageEn().startsWith("unknown type"))
                .toList();
        assertThat(types).extracting(w -> w.place().english(), ImportWarning::messageEn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("event 1", "unknown type 'BoF (45 minutes)' read as 'other'; the "
                        + "source's word is kept as the session's kind in its source (2 times; also at event 3)"),
                org.assertj.core.groups.Tuple.tuple("event 2", "unknown type 'Poster' read as 'other'; the source's word"
                        + " is kept as the session's kind in its source"));
        assertThat(types).allSatisfy(w -> assertThat(w.messageFr()).contains("inconnu, lu comme « autre »", "mot de la source"));
        List<SessionDraft> sessions = result.edition().sessions();
        assertThat(sessions).extracting(s -> s.source().kind()).containsExactly("BoF (45 minutes)", "Poster",
                "BoF (45 minutes)", "lecture", "Workshop 60 Min");
        assertThat(sessions).extracting(SessionDraft::type).containsExactly(SessionType.OTHER, SessionType.OTHER,
                SessionType.OTHER, SessionType.OTHER, SessionType.WORKSHOP);
    }

    @Test
    void aKnownWordIsNotSaid() {
        ImportResult result = build("lecture", "workshop", "Keynote");

        assertThat(result.warnings()).noneMatch(w -> w.messageEn().startsWith("unknown type"));
    }

    private static ImportResult build(String... types) {
        ScheduleBuilder builder = new ScheduleBuilder(ImportContext.named("types.xml"));
        builder.conference(new Conference("demo", "Demo", null, DAY, DAY, "Africa/Bamako", "Bamako", "CICB", "en",
                DocumentPlace.same("conference")));
        for (int i = 0; i < types.length; i++) {
            builder.add(new ScheduleEntry(DocumentPlace.event(Integer.toString(i + 1)), Integer.toString(i + 1), null, "Talk " + (i + 1), null,
                    null, null, null, types[i], null, "Hall",
                    EntryTime.local(LocalDateTime.of(DAY, LocalTime.of(9 + i, 0)), Duration.ofMinutes(45)),
                    List.of(), false));
        }
        return builder.build();
    }
}
