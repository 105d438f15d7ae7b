package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a schedule that names no city or country imports with no option, and the reading
 * commands say « non indiqué » / "not given" where they show the host: never "?", "ZZ", a guess
 * from the time zone or an empty comma.
 */
class HostNotGivenCommandsTest {

    /** A schedule.json in Berlin time that names no city (held in Leipzig, say). */
    private static final String SCHEDULE = """
            {"schedule": {"version": "1", "conference": {"acronym": "dw", "title": "Datenwoche",
              "start": "2026-03-10", "end": "2026-03-10", "time_zone_name": "Europe/Berlin", "days": [
              {"index": 1, "date": "2026-03-10", "rooms": {"Saal 1": [
                {"id": 1, "guid": "8d5a4a7e-1c7b-4f0e-9b1e-000000000001", "date": "2026-03-10T10:00:00+01:00",
                 "start": "10:00", "duration": "01:00", "room": "Saal 1", "title": "Eröffnung",
                 "type": "talk", "language": "de", "persons": []}]}}]}}}
            """;

    @TempDir
    Path folder;

    private CommandRunner cli;

    @BeforeEach
    void importWithNoOption() throws IOException {
        Path file = Files.writeString(folder.resolve("datenwoche.json"), SCHEDULE);
        cli = new CommandRunner(folder);
        assertThat(cli.run("import", file.toString(), "--as", "dw-2026", "--lang", "en")).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("Imported and stored: dw-2026, ")
                .contains("host city and country not given", "--city", "--country");
    }

    @Test
    void showSaysNotGivenForTheHostAndTheVenuesCity() {
        assertThat(cli.run("show", "dw-2026", "--lang", "en")).as(cli.err()).isZero();
        assertThat(cli.out().lines()).filteredOn(l -> l.startsWith("  Host ")).singleElement().asString()
                .endsWith(" not given");
        assertThat(cli.out().lines()).filteredOn(l -> l.startsWith("  Venue ")).singleElement().asString()
                .contains("(city not given)");
        assertNoPlaceholder(cli.out());

        assertThat(cli.run("show", "dw-2026", "--lang", "fr")).as(cli.err()).isZero();
        assertThat(cli.out().lines()).filteredOn(l -> l.startsWith("  Lieu ")).singleElement().asString()
                .endsWith(" non indiqué");
        assertNoPlaceholder(cli.out());
    }

    @Test
    void editionsAndProgrammeSayNotGiven() {
        assertThat(cli.run("editions", "--lang", "en")).as(cli.err()).isZero();
        assertThat(cli.out().lines()).filteredOn(l -> l.startsWith("dw-2026 ")).singleElement().asString()
                .contains("  not given  ");
        assertNoPlaceholder(cli.out());

        assertThat(cli.run("programme", "dw-2026", "--lang", "fr")).as(cli.err()).isZero();
        assertThat(cli.out().lines().toList().get(1)).isEqualTo("non indiqué · Europe/Berlin");
        assertNoPlaceholder(cli.out());
    }

    private static void assertNoPlaceholder(String output) {
        assertThat(output).doesNotContain("?").doesNotContain("ZZ").doesNotContain("Optional")
                .doesNotContain("null").doesNotContain(", ,").doesNotContain("Berlin,").doesNotContain("(DE)");
    }
}
