package org.digitalweek.event.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embedding" section works as pasted: a separate Maven project with its BOM import,
 * its dependency blocks, its class and its module declaration, and a host application's own
 * {@code ValidationMessages.properties}, builds against the library's installed artifacts, and runs
 * on the class path and on the module path (no {@code --add-modules}), with Hibernate Validator and
 * no expression-language implementation.
 */
class EmbeddingIT {

    /** Refuses a JDBC store: the consumer added none of the optional JDBC libraries. */
    private static final String JDBC_WITHOUT_DRIVER = """
            import org.digitalweek.event.domain.boot.Digitalweek;
            import org.digitalweek.event.domain.error.StoreUriException;

            public final class JdbcWithoutDriver {
                public static void main(String[] args) {
                    try (Digitalweek week = Digitalweek.open("jdbc:sqlite:" + args[0])) {
                        System.out.println("opened");
                    } catch (StoreUriException e) {
                        System.out.println(e.getMessage("fr"));
                        System.out.println(e.getMessage("en"));
                    }
                }
            }
            """;

    /** Reads the host application's bundle, to show it is there beside the library. */
    private static final String HOST_BUNDLE = """
            import java.util.ResourceBundle;

            public final class HostBundle {
                public static void main(String[] args) {
                    System.out.println(ResourceBundle.getBundle("ValidationMessages")
                            .getString("jakarta.validation.constraints.NotNull.message"));
                }
            }
            """;

    private static ReadmeEmbedding readme;
    private static ConsumerProject consumer;
    private static String build;

    @BeforeAll
    static void buildTheConsumer() throws IOException, InterruptedException {
        readme = ReadmeEmbedding.read(Path.of(property("embedding.readme")));
        consumer = ConsumerProject.write(Path.of(property("embedding.work")), readme, List.of(JDBC_WITHOUT_DRIVER, HOST_BUNDLE),
                new ConsumerProject.PluginVersions(property("embedding.resourcesPluginVersion"),
                        property("embedding.compilerPluginVersion"), property("embedding.dependencyPluginVersion")));
        build = consumer.build(Path.of(property("embedding.mavenHome")), Path.of(property("embedding.repository")),
                Path.of(property("embedding.userRepository")));
    }

    @Test
    void theReadmeNamesThisVersionOfTheLibrary() {
        assertThat(readme.bomImport()).contains("<artifactId>event-bom</artifactId>")
                .contains("<version>" + property("embedding.version") + "</version>")
                .contains("<scope>import</scope>");
        assertThat(build).contains("BUILD SUCCESS");
    }

    @Test
    void aConsumerOfTheMemoryAndFileStoresGetsNoJdbcDriverNorFlywayNorExpressionLanguage() throws IOException {
        List<String> jars = consumer.classPath().stream().map(p -> p.getFileName().toString()).toList();

        assertThat(jars).anyMatch(j -> j.startsWith("event-domain-")).anyMatch(j -> j.startsWith("event-persistence-"))
                .anyMatch(j -> j.startsWith("event-export-")).anyMatch(j -> j.startsWith("hibernate-validator-"))
                .noneMatch(j -> j.startsWith("sqlite-jdbc")).noneMatch(j -> j.startsWith("postgresql"))
                .noneMatch(j -> j.startsWith("flyway")).noneMatch(j -> j.startsWith("expressly"))
                .noneMatch(j -> j.startsWith("jakarta.el"));
    }

    @Test
    void theHostApplicationsBundleIsThereOnBothPaths() throws IOException, InterruptedException {
        String mainClass = consumer.mainClass().replaceFirst("\\w+$", "HostBundle");
        assertThat(consumer.runOnClassPath(mainClass)).contains("host application: required");
        assertThat(consumer.runOnModulePath(mainClass)).contains("host application: required");
    }

    @Test
    void theSnippetRunsOnTheClassPath() throws IOException, InterruptedException {
        assertSnippetOutput(consumer.runOnClassPath(consumer.mainClass()));
    }

    @Test
    void theSnippetRunsOnTheModulePathWithoutAddModules() throws IOException, InterruptedException {
        assertSnippetOutput(consumer.runOnModulePath(consumer.mainClass()));
    }

    @Test
    void aJdbcStoreWithoutItsLibrariesIsRefusedNamingThemOnBothPaths() throws IOException, InterruptedException {
        Path database = Files.createTempDirectory(Path.of(property("embedding.work")), "jdbc").resolve("week.db");
        String mainClass = consumer.mainClass().replaceFirst("\\w+$", "JdbcWithoutDriver");
        for (String output : List.of(consumer.runOnClassPath(mainClass, database.toString()),
                consumer.runOnModulePath(mainClass, database.toString()))) {
            assertThat(output).doesNotContain("opened")
                    .contains("ajoutez à l'application les dépendances org.flywaydb:flyway-core, org.xerial:sqlite-jdbc")
                    .contains("add the dependencies org.flywaydb:flyway-core, org.xerial:sqlite-jdbc");
        }
        assertThat(database).doesNotExist();
    }

    private static void assertSnippetOutput(String output) throws IOException {
        Properties english = bundle("messages.properties");
        Properties french = bundle("messages_fr.properties");
        String afterStart = "org.digitalweek.event.EndsAfterStart.message";

        assertThat(output).contains("snm-2026: version 1, 5 sessions") // the list
                .contains("read: snm-2026 at version 1") // one edition, with its version
                .contains("moved: version 2")
                .containsPattern("caused: [^\\n]*formation-intensive-ia[^\\n]*masterclass-ia") // the double booking
                .containsPattern("refused: [^\\n]*snm-2026") // the stale write
                .contains("invalid: slot.end: " + english.getProperty(afterStart) + " / " + french.getProperty(afterStart))
                .containsPattern("text/calendar, \\d+ lines")
                .doesNotContain("{org.digitalweek").doesNotContain("{jakarta.validation")
                .doesNotContain("host application");
    }

    /** The library's own bundle, as the domain module ships it, for the messages the snippet prints. */
    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        Path file = Path.of(property("embedding.bundles")).resolve(name);
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("the system property " + name + " is not set (see the module's pom)");
        }
        return value;
    }
}
