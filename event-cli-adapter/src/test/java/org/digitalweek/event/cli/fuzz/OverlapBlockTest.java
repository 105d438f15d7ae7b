package org.digitalweek.event.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.rules.Rule;

/**
 * The fuzzing's overlap block in every import format: the sample's opening ceremony and 3,000
 * copies of it, in its room at its time with its three speakers, import as one clash of the room
 * and one double booking per speaker, each listing all 3,001 sessions.
 */
class OverlapBlockTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"json", "frab-xml", "frab-json", "schedule2", "ics"})
    void thousandsOfSessionsAtOnceAreOneFindingPerRoomAndPerPerson(String format) throws Exception {
        try (SampleStore store = SampleStore.open("file", folder)) {
            byte[] block = OverlapBlock.of(format, new String(store.export(format), StandardCharsets.UTF_8),
                    OverlapBlock.COPIES);
            ImportEditionCommand command = ImportEditionCommand.create(format,
                    SampleStore.context("block." + format).withEditionId("block")).asDryRun();

            ImportReport report = store.documents().importEdition(command, new ByteArrayInputStream(block));

            assertThat(report.findings().of(Rule.ROOM_DOUBLE_BOOKED)).singleElement()
                    .satisfies(f -> assertThat(f.sessions()).hasSize(OverlapBlock.COPIES + 1));
            assertThat(report.findings().of(Rule.PERSON_DOUBLE_BOOKED)).hasSize(3)
                    .allSatisfy(f -> assertThat(f.sessions()).hasSize(OverlapBlock.COPIES + 1));
        }
    }
}
