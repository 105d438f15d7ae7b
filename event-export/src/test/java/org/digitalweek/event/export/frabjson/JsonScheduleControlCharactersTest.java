package org.digitalweek.event.export.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;

/**
 * JSON carries U+007F and U+0080 to U+009F, raw or escaped, and other readers take them: one in one
 * text must not refuse a schedule of many events. The text is repaired, the repair said once for
 * the document with the event's id and the text's line, and every event imported. Lines are
 * counted as editors count them: a lone CR between two members of an LF file is no line break.
 */
class JsonScheduleControlCharactersTest {

    private static final int EVENTS = 30;
    private static final String CONTROL = "control character removed";

    @Test
    void frabJsonRepairsEscapedAndRawControlsInOneDescriptionAndKeepsEveryEvent() {
        List<String> events = new ArrayList<>();
        for (int i = 1; i <= EVENTS; i++) {
            events.add(Schedules.v1Event(i, "date", "\"2026-01-29T%02d:%02d:00+00:00\"".formatted(8 + i / 4, i % 4 * 15),
                    "duration", "\"00:10\""));
        }
        events.set(16, Schedules.v1Event(17, "date", "\"2026-01-29T12:15:00+00:00\"", "duration", "\"00:10\"",
                "description", "\"Open\\u007fdata\u0085 for all\\u0085\""));
        String json = Schedules.v1(String.join(",\n", events));

        ImportResult result = Imports.read(new FrabJsonImporter(), json, ImportContext.named("many.json"));
        PublicEdition edition = Imports.edition(result);

        assertThat(edition.sessions()).hasSize(EVENTS);
        assertThat(summaryOf(edition, "Session 17")).isEqualTo("Open data for all");
        List<ImportWarning> controls = controls(result);
        assertThat(controls).hasSize(1);
        assertThat(controls.get(0).place().english()).isEqualTo("event 17 (line " + lineOf(json, "Open") + ", "
                + "/schedule/conference/days/0/rooms/Salle 1/16/description)");
        assertThat(controls.get(0).messageFr()).startsWith("caractère de contrôle retiré");
    }

    @Test
    void schedule2RepairsControlsInTitlesOfSeveralEventsInOneGroupedRepair() {
        List<String> events = new ArrayList<>();
        for (int i = 1; i <= EVENTS; i++) {
            String title = i % 10 == 3 ? "\"Open\u007Fdata\\u0085\"" : "\"Session e" + i + "\"";
            events.add(Schedules.schedule2Event("e" + i, "code", "\"C" + i + "\"", "title", title,
                    "start", "\"2026-01-29T%02d:%02d:00+00:00\"".formatted(8 + i / 4, i % 4 * 15),
                    "end", "\"2026-01-29T%02d:%02d:10+00:00\"".formatted(8 + i / 4, i % 4 * 15)));
        }
        String json = Schedules.schedule2(String.join(",\n", events));

        ImportResult result = Imports.read(new Schedule2Importer(), json, ImportContext.named("many.json"));
        PublicEdition edition = Imports.edition(result);

        assertThat(edition.sessions()).hasSize(EVENTS);
        assertThat(edition.sessions()).extracting(s -> s.title().resolve("fr")).filteredOn(t -> t.startsWith("Open"))
                .containsExactly("Open data", "Open data", "Open data");
        List<ImportWarning> controls = controls(result);
        assertThat(controls).hasSize(1);
        int first = lineOf(json, "Open");
        assertThat(controls.get(0).place().english()).isEqualTo("event C3 (line " + first + ", /schedule/events/2/title)");
        assertThat(controls.get(0).messageEn()).endsWith("(3 times; also at event C13 (line " + (first + 10)
                + ", /schedule/events/12/title), event C23 (line " + (first + 20) + ", /schedule/events/22/title))");
    }

    @Test
    void aLoneCrBetweenMembersOfAnLfFileIsNoLineBreak() {
        String events = Schedules.v1Event(1) + ",\r" + Schedules.v1Event(2) + ",\n"
                + Schedules.v1Event(3, "duration", "\"forty minutes\"");
        String json = Schedules.v1(events);

        UnreadableDocumentException refusal = Imports.refusal(new FrabJsonImporter(), json,
                ImportContext.named("cr.json"));

        assertThat(refusal.problems()).extracting(p -> p.place().english()).containsExactly("event 3 (line "
                + lineOf(json, "forty") + ", /schedule/conference/days/0/rooms/Salle 1/2/duration)");
    }

    @Test
    void aLoneCrInAnLfFileDoesNotMoveTheLineOfAFailureOfTheText() {
        String json = Schedules.v1(Schedules.v1Event(1) + ",\r" + Schedules.v1Event(2, "title", "\"unclosed"));

        UnreadableDocumentException refusal = Imports.refusal(new FrabJsonImporter(), json,
                ImportContext.named("cr.json"));

        assertThat(refusal.place().english()).startsWith("line " + lineOf(json, "unclosed") + ", column ");
    }

    private static List<ImportWarning> controls(ImportResult result) {
        return result.warnings().stream().filter(w -> w.messageEn().startsWith(CONTROL)).toList();
    }

    private static String summaryOf(PublicEdition edition, String title) {
        return edition.sessions().stream().filter(s -> s.title().resolve("fr").equals(title)).findFirst()
                .map(Session::summary).orElseThrow().resolve("fr");
    }

    /** The line of a part of the text as {@code grep -n} says it: LF ends a line, nothing else. */
    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }
}
