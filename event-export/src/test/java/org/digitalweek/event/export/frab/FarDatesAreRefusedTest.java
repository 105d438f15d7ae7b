package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.ImportContext;

/**
 * Found by the fuzzing: a date in the year 999999999 (which {@code java.time} reads) was taken, and
 * adding the event's duration, or the day after a day change, overflowed ({@code DateTimeException})
 * instead of being a problem where the date is.
 */
class FarDatesAreRefusedTest {

    private static final ImportContext CONTEXT = ImportContext.named("far.xml");

    @Test
    void anEventDateBeyondTheYear9999IsAWrongValue() {
        String xml = FrabDocuments.schedule(FrabDocuments.event("1", "+999999999-12-31T23:59:59+18:00", "2:00"));

        assertThat(refusal(xml).problems()).singleElement().satisfies(p -> {
            assertThat(p.place().english()).isEqualTo("event 1 (line 16, column 5)");
            assertThat(p.ruleEn()).startsWith("wrong value for <date>: expected a date and time with an offset")
                    .endsWith("found \"+999999999-12-31T23:59:59+18:00\"");
        });
    }

    @Test
    void aDayOnTheLastDateJavaKnowsWithAnEventAfterMidnightIsRefusedAtTheDay() {
        String xml = FrabDocuments.schedule("""
                  <event guid="00000000-0000-4000-8000-000000000001" id="1">
                    <start>01:00</start>
                    <duration>1:00</duration>
                    <title>After midnight</title>
                  </event>
                """).replace("date=\"2026-03-10\"", "date=\"+999999999-12-31\"");

        assertThat(refusal(xml).problems()).isNotEmpty().allSatisfy(p -> assertThat(p.place().english()).isNotBlank())
                .anySatisfy(p -> assertThat(p.ruleEn()).contains("+999999999-12-31"));
    }

    private static UnreadableDocumentException refusal(String xml) {
        UnreadableDocumentException e = catchThrowableOfType(UnreadableDocumentException.class,
                () -> FrabImports.read(xml, CONTEXT));
        assertThat(e).as("the import is refused").isNotNull();
        return e;
    }
}
