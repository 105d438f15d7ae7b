package org.digitalweek.event.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;

/**
 * Found by the fuzzing: a document with a date in the year 999999999 or -999999999 (which
 * {@code java.time} reads) was read, and then the programme rules, adding a day or subtracting a
 * gap, failed with a {@code DateTimeException} instead of a refusal. Such dates are now refused
 * where they are, by the schedule readers or, for the canonical JSON, by the validation of the draft.
 */
class FarYearsAreRefusedTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}: {1} as {2}")
    @CsvSource(delimiter = '|', value = {
        "json      | \"endDate\": \"2026-02-04\"             | \"endDate\": \"+999999999-12-31\"                | "
            + "endDate: must be in the years 0001 to 9999",
        "frab-xml  | <date>2026-01-29T09:00:00+00:00</date>  | <date>+999999999-12-31T05:00:00+00:00</date>  | "
            + "wrong value for <date>",
        "frab-json | \"date\": \"2026-01-29T09:00:00+00:00\"  | \"date\": \"+999999999-12-31T05:00:00+00:00\" | "
            + "wrong value for \"date\"",
        "schedule2 | \"start\": \"2026-01-29T09:00:00+00:00\" | \"start\": \"-999999999-01-01T00:00:00\"     | "
            + "wrong value for \"start\""})
    void aDateBeyondTheYear9999IsRefusedWhereItIs(String format, String what, String by, String refusal) {
        try (SampleStore store = SampleStore.open("file", folder)) {
            String seed = new String(store.export(format), StandardCharsets.UTF_8);
            assertThat(seed).as("the seed has the date to change").contains(what);
            byte[] far = seed.replaceFirst(Pattern.quote(what), by).getBytes(StandardCharsets.UTF_8);
            ImportEditionCommand command = ImportEditionCommand.create(format,
                    SampleStore.context("far." + format).withEditionId("far"));

            assertThatThrownBy(() -> store.documents().importEdition(command, new ByteArrayInputStream(far)))
                    .isInstanceOfAny(UnreadableDocumentException.class, InvalidInputException.class)
                    .hasMessageContaining(refusal);
        }
    }
}
