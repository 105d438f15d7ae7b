package org.digitalweek.event.export.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: the expected output of an exporter, kept in {@code src/test/resources/golden/}. A
 * change of output fails the test with the difference; run the tests with
 * {@code -Ddigitalweek.golden.update=true} to write the new output, then read the diff before
 * committing it.
 */
public final class GoldenFiles {

    private static final Path FOLDER = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {
    }

    /**
     * @param name   the file name, e.g. {@code snm-2026.ics}
     * @param actual the output
     * @throws IOException when the golden file cannot be read or written
     */
    public static void assertMatches(String name, byte[] actual) throws IOException {
        Path golden = FOLDER.resolve(name);
        if (Boolean.getBoolean("digitalweek.golden.update")) {
            Files.createDirectories(FOLDER);
            Files.write(golden, actual);
        }
        assertThat(golden).as("golden file %s (write it with -Ddigitalweek.golden.update=true)", golden).exists();
        assertThat(new String(actual, StandardCharsets.UTF_8)).as("output against %s", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(actual).as("bytes against %s", golden).isEqualTo(Files.readAllBytes(golden));
    }
}
