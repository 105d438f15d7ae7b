package org.digitalweek.event.export.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real-world schedules of {@code ../shared/corpus/schedules} (read there, never copied). A test
 * that needs one is skipped with the reason when {@code ../shared} is absent (a user's clone), and
 * fails when {@code CI=true}.
 */
public final class Corpus {

    private static final Path FOLDER = Path.of("..", "..", "shared", "corpus", "schedules");

    private Corpus() {
    }

    /**
     * @param name a file of the corpus, e.g. {@code fosdem-2021.xml}
     * @return its path, after skipping the test (or failing it in CI) when it is absent
     */
    public static Path schedule(String name) {
        Path path = FOLDER.resolve(name).toAbsolutePath().normalize();
        boolean present = Files.isRegularFile(path);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as("CI=true but the corpus file is missing at " + path).isTrue();
        }
        assumeTrue(present, "skipped: the corpus file is not here (" + path + "): ../shared is only on CI "
                + "and developer machines");
        return path;
    }
}
