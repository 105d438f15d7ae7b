package org.digitalweek.event.export.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.ImportContext;

/**
 * Found by the fuzzing: a date in the year 999999999 (which {@code java.time} reads) or a duration
 * of billions of hours overflowed the date arithmetic of the import ({@code DateTimeException},
 * {@code ArithmeticException}) instead of being a problem of its event.
 */
class FarTimesAreRefusedTest {

    private static final ImportContext CONTEXT = ImportContext.named("far.json");

    @Test
    void aDurationEndingAfterTheYear9999IsAProblemOfItsEvent() {
        String events = Schedules.v1Event(1, "duration", "\"PT2562047788015215H\"");

        UnreadableDocumentException refusal = Imports.refusal(new FrabJsonImporter(), Schedules.v1(events), CONTEXT);

        assertThat(refusal.problems()).singleElement().satisfies(p -> {
            assertThat(p.place().english()).isEqualTo("event 1 (line 16, /schedule/conference/days/0/rooms/Salle 1/0)");
            assertThat(p.ruleEn()).isEqualTo("too long: the event would end after the year 9999"
                    + " (its duration is PT2562047788015215H)");
        });
    }

    @Test
    void aDateBeyondTheYear9999IsAWrongValue() {
        String events = Schedules.v1Event(1, "date", "\"+999999999-12-31T23:59:59+18:00\"");

        UnreadableDocumentException refusal = Imports.refusal(new FrabJsonImporter(), Schedules.v1(events), CONTEXT);

        assertThat(refusal.problems()).singleElement().satisfies(p -> {
            assertThat(p.place().english()).endsWith("/date)");
            assertThat(p.ruleEn()).startsWith("wrong value for \"date\"");
        });
    }

    @Test
    void aSchedule2StartBeforeTheYear0001IsAWrongValue() {
        String events = Schedules.schedule2Event("a", "start", "\"-999999999-01-01T00:00:00\"");

        UnreadableDocumentException refusal = Imports.refusal(new Schedule2Importer(), Schedules.schedule2(events),
                CONTEXT);

        assertThat(refusal.problems()).extracting(p -> p.place() + ": " + p.ruleEn())
                .anySatisfy(line -> assertThat(line).contains("/start)").contains("wrong value for \"start\""));
    }
}
