package org.digitalweek.event.embedding;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consumer's Maven project made from the README: its pom holds the README's BOM import and
 * dependency blocks, its sources the README's class and module declaration, and its resources a
 * {@code ValidationMessages.properties} of the host application's own. Maven builds it with the
 * library from a repository of the test's own, and it runs on the class path and on the module path.
 */
final class ConsumerProject {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final Pattern CLASS = Pattern.compile("(?m)^public (?:final )?class (\\w+)");
    private static final Pattern MODULE = Pattern.compile("^module ([\\w.]+)");
    /** The host application's bundle: any Spring or Jakarta EE application has one at the root. */
    static final String HOST_BUNDLE = "jakarta.validation.constraints.NotNull.message=host application: required\n"
            + "com.example.Booking.message=host application: the booking is incomplete\n";

    private final Path folder;
    private final String mainClass;
    private final String module;

    private ConsumerProject(Path folder, String mainClass, String module) {
        this.folder = folder;
        this.mainClass = mainClass;
        this.module = module;
    }

    /**
     * @param folder    where to write it, emptied first
     * @param readme    the README's blocks
     * @param extra     more classes of the consumer, by simple name, in the snippet's package
     * @param versions  the plugin versions, by artifact id, as the library's own build pins them
     * @return the project, written
     * @throws IOException when it cannot be written
     */
    static ConsumerProject write(Path folder, ReadmeEmbedding readme, List<String> extra, PluginVersions versions)
            throws IOException {
        delete(folder);
        String program = readme.program();
        String pkg = find(PACKAGE, program);
        String simpleName = find(CLASS, program);
        String module = find(MODULE, readme.moduleInfo().strip());
        Path sources = folder.resolve("src/main/java");
        Path packageFolder = sources.resolve(pkg.replace('.', '/'));
        Files.createDirectories(packageFolder);
        Files.writeString(packageFolder.resolve(simpleName + ".java"), program);
        Files.writeString(sources.resolve("module-info.java"), readme.moduleInfo());
        for (String source : extra) {
            Files.writeString(packageFolder.resolve(find(CLASS, source) + ".java"), "package " + pkg + ";\n\n" + source);
        }
        Path resources = folder.resolve("src/main/resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("ValidationMessages.properties"), HOST_BUNDLE);
        Files.writeString(folder.resolve("pom.xml"), pom(readme, versions));
        return new ConsumerProject(folder, pkg + "." + simpleName, module);
    }

    /** @return the snippet's class */
    String mainClass() {
        return mainClass;
    }

    /**
     * Builds it with Maven: compiles it on the module path (it has a module declaration) and writes
     * its resolved class path.
     *
     * @param maven          Maven's home
     * @param repository     the repository the library was installed into, the build's local one
     * @param userRepository the user's repository, read as a remote one for everything else
     * @return Maven's output
     * @throws IOException when Maven fails
     */
    String build(Path maven, Path repository, Path userRepository) throws IOException, InterruptedException {
        Path settings = folder.resolve("settings.xml");
        Files.writeString(settings, settings(userRepository));
        String mvn = maven.resolve("bin").resolve(isWindows() ? "mvn.cmd" : "mvn").toString();
        return run(List.of(mvn, "-B", "-ntp", "-s", settings.toString(), "-Dmaven.repo.local=" + repository,
                "process-classes"), "Maven");
    }

    /** @return the jars Maven resolved for it, in order */
    List<Path> classPath() throws IOException {
        String text = Files.readString(folder.resolve("target/classpath.txt")).strip();
        List<Path> jars = new ArrayList<>();
        for (String entry : text.split(Pattern.quote(File.pathSeparator))) {
            jars.add(Path.of(entry));
        }
        return jars;
    }

    /**
     * @param mainClass a class of the consumer
     * @param args      its arguments
     * @return its output, run on the class path
     */
    String runOnClassPath(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", path(), mainClass));
        command.addAll(List.of(args));
        return run(command, "the class-path run");
    }

    /**
     * @param mainClass a class of the consumer
     * @param args      its arguments
     * @return its output, run as a module on the module path, with no {@code --add-modules}
     */
    String runOnModulePath(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-p", path(), "-m", module + "/" + mainClass));
        command.addAll(List.of(args));
        return run(command, "the module-path run");
    }

    private String path() throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(folder.resolve("target/classes").toString());
        classPath().forEach(jar -> entries.add(jar.toString()));
        return String.join(File.pathSeparator, entries);
    }

    private String run(List<String> command, String what) throws IOException, InterruptedException {
        Path log = Files.createTempFile(folder, "run", ".log");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(what + " took more than 5 minutes: " + Files.readString(log));
        }
        String output = Files.readString(log);
        if (process.exitValue() != 0) {
            throw new IOException(what + " failed, exit " + process.exitValue() + ":\n" + output);
        }
        return output;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").startsWith("Windows");
    }

    private static String pom(ReadmeEmbedding readme, PluginVersions versions) {
        StringBuilder dependencies = new StringBuilder();
        for (String block : readme.dependencyBlocks()) {
            dependencies.append(block.indent(4));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>programme-desk</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                %s
                  <dependencies>
                %s  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-dependency-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <id>class-path</id>
                            <phase>process-classes</phase>
                            <goals>
                              <goal>build-classpath</goal>
                            </goals>
                            <configuration>
                              <includeScope>runtime</includeScope>
                              <outputFile>${project.build.directory}/classpath.txt</outputFile>
                            </configuration>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(readme.bomImport().indent(2), dependencies, versions.resources(), versions.compiler(),
                versions.dependency());
    }

    /**
     * The user's repository as a remote one, for the plugins and libraries not installed here, read
     * only (a local repository keeps no checksums, hence the policy); the library's snapshots come
     * from the test's repository only.
     */
    private static String settings(Path userRepository) {
        String url = userRepository.toUri().toString();
        String repository = """
                        <id>user-repository</id>
                        <url>%s</url>
                        <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
                        <snapshots><enabled>false</enabled></snapshots>
                """.formatted(url);
        return """
                <settings>
                  <profiles>
                    <profile>
                      <id>user-repository</id>
                      <repositories>
                        <repository>
                %s        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository>
                %s        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>user-repository</activeProfile>
                  </activeProfiles>
                </settings>
                """.formatted(repository, repository);
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in:\n" + text);
        }
        return m.group(1);
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(folder);
    }

    /**
     * The versions of the plugins the consumer's build uses.
     *
     * @param resources  maven-resources-plugin
     * @param compiler   maven-compiler-plugin
     * @param dependency maven-dependency-plugin
     */
    record PluginVersions(String resources, String compiler, String dependency) {
    }
}
