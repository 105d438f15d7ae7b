package org.digitalweek.event.benchmarks.cold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

/**
 * The command line's cold start beside a {@code java} hello-world: run from the repository's root,
 * each command a new JVM, 10 runs each, alternating so that a change in the machine's load touches all
 * alike, after one untimed run that makes the launcher's archive. The launcher runs on a throwaway
 * store ({@code DIGITALWEEK_STORE}), never the user's, which {@code digitalweek sample add} gives the
 * sample edition first (a store the user names starts empty). The JDK that runs this probe
 * is the one measured against the targets; a JDK 25 or later found under {@code /usr/lib/jvm} adds
 * rows for information, with the CDS archive and with the AOT cache side by side.
 */
public final class ColdStartProbe {

    private static final int RUNS = 10;
    private static final List<String> PROGRAMME = List.of("programme", "snm-2026");
    private static final List<String> VERSION = List.of("--version");
    private static final List<String> HELP = List.of("--help");

    private final Path root;
    private final Path scratch;

    private ColdStartProbe(Path root, Path scratch) {
        this.root = root;
        this.scratch = scratch;
    }

    /**
     * @return the cold-start table in markdown, or a line saying why it could not be measured
     */
    public static String markdown() {
        Optional<Path> root = Stream.of(Path.of(""), Path.of(".."))
                .map(Path::toAbsolutePath).map(Path::normalize)
                .filter(p -> Files.isExecutable(p.resolve("digitalweek"))).findFirst();
        if (root.isEmpty() || !Files.isRegularFile(root.get().resolve("event-cli-adapter/target/digitalweek.jar"))) {
            return "Cold start not measured: run from the repository's root after building event-cli-adapter.\n";
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("digitalweek-cold");
            return new ColdStartProbe(root.get(), scratch).measure();
        } catch (IOException e) {
            return "Cold start not measured: " + e.getMessage() + "\n";
        } finally {
            delete(scratch);
        }
    }

    private String measure() throws IOException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path home = java.toAbsolutePath().getParent().getParent();
        Path hello = helloWorld();
        String load = load();
        List<ColdStartRow> rows = new ArrayList<>();
        Optional<Path> newer = newerJdk(home);
        // A store named by DIGITALWEEK_STORE starts empty: the sample edition that programme shows is added once.
        launcher(home, List.of("sample", "add"), "").time();
        // A newer JDK first: its CDS archive replaces this JDK's, which the last block makes again.
        newer.ifPresent(jdk -> rows.addAll(block(jdk, hello, true)));
        rows.addAll(0, block(home, hello, false));
        StringBuilder table = new StringBuilder();
        table.append("Cold start: median wall time of ").append(RUNS).append(" runs each, alternating, warm file cache ")
                .append("(load average ").append(load).append(" before, ").append(load()).append(" after).\n\n")
                .append("| command | JDK | median (ms) | fastest … slowest (ms) | ratio to hello-world | target | met |\n")
                .append("|---|---|---:|---:|---:|---|---|\n");
        rows.forEach(row -> table.append(row.markdown()).append('\n'));
        return table.toString();
    }

    /** The hello-world and the commands on one JDK; for a newer one, with the CDS archive and the AOT cache. */
    private List<ColdStartRow> block(Path jdk, Path hello, boolean newer) {
        String version = version(jdk);
        Map<String, Run> runs = new LinkedHashMap<>();
        runs.put("`java -cp … Hello`", new Run(List.of(jdk.resolve("bin/java").toString(), "-cp", hello.toString(),
                "Hello"), Map.of()));
        for (List<String> args : List.of(PROGRAMME, VERSION, HELP)) {
            String shown = "`./digitalweek " + String.join(" ", args) + "`";
            if (newer) {
                runs.put(shown + " (CDS archive)", launcher(jdk, args, "cds"));
                runs.put(shown + " (AOT cache)", launcher(jdk, args, "aot"));
            } else {
                runs.put(shown, launcher(jdk, args, ""));
            }
        }
        runs.values().forEach(Run::time); // untimed: makes the archives
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (int i = 0; i < RUNS; i++) {
            runs.forEach((shown, run) -> times.computeIfAbsent(shown, k -> new ArrayList<>()).add(run.time()));
        }
        List<ColdStartRow> rows = new ArrayList<>();
        ColdStartRow base = new ColdStartRow("`java -cp … Hello`", version, times.remove("`java -cp … Hello`"),
                OptionalDouble.empty(), OptionalDouble.empty());
        rows.add(base);
        times.forEach((shown, millis) -> rows.add(new ColdStartRow(shown, version, millis,
                OptionalDouble.of(base.median()), newer ? OptionalDouble.empty() : target(shown))));
        return rows;
    }

    private static OptionalDouble target(String shown) {
        return OptionalDouble.of(shown.contains("programme") ? 6 : 3);
    }

    private Run launcher(Path jdk, List<String> args, String archive) {
        List<String> command = new ArrayList<>(List.of(root.resolve("digitalweek").toString()));
        command.addAll(args);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("JAVA_HOME", jdk.toString());
        environment.put("DIGITALWEEK_STORE", "file:" + scratch.resolve("store"));
        environment.put("DIGITALWEEK_ARCHIVE", archive);
        return new Run(command, environment);
    }

    /** One command and its environment, run from the repository's root with its output discarded. */
    private final class Run {

        private final List<String> command;
        private final Map<String, String> environment;

        Run(List<String> command, Map<String, String> environment) {
            this.command = command;
            this.environment = environment;
        }

        long time() {
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().remove("DIGITALWEEK_JAVA_OPTIONS");
            builder.environment().putAll(environment);
            try {
                long start = System.nanoTime();
                Process process = builder.start();
                if (!process.waitFor(5, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("did not finish: " + command);
                }
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("exit code " + process.exitValue() + ": " + command);
                }
                return millis;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private Path helloWorld() throws IOException {
        Path folder = Files.createDirectories(scratch.resolve("hello"));
        Path source = folder.resolve("Hello.java");
        Files.writeString(source, "public class Hello { public static void main(String[] args) { "
                + "System.out.println(\"hello\"); } }\n", StandardCharsets.UTF_8);
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", folder.toString(),
                source.toString());
        if (compiled != 0) {
            throw new IOException("the hello-world does not compile");
        }
        return folder;
    }

    /** The newest JDK of 25 or later under /usr/lib/jvm, other than the one running. */
    private static Optional<Path> newerJdk(Path running) throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> found = Files.list(jvms)) {
            return found.filter(p -> Files.isExecutable(p.resolve("bin/java")) && feature(p) >= 25)
                    .filter(p -> !sameJdk(p, running))
                    .max(Comparator.comparingInt(ColdStartProbe::feature));
        }
    }

    private static boolean sameJdk(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static int feature(Path jdk) {
        String version = version(jdk);
        try {
            return Integer.parseInt(version.split("[.+-]")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** @return the JDK's {@code JAVA_VERSION}, from its release file */
    private static String version(Path jdk) {
        try (Stream<String> lines = Files.lines(jdk.resolve("release"))) {
            return lines.filter(l -> l.startsWith("JAVA_VERSION=")).findFirst()
                    .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", "")).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: left to the system
        }
    }
}
