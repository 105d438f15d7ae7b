package org.digitalweek.event.cli.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.digitalweek.event.domain.error.DocumentProblem;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.boot.FormatCatalogue;

/**
 * Imports mutated documents one at a time into a store holding the sample, and notes every document
 * that breaks a promise of the import: it ends in an edition or in a typed, located refusal, within
 * the time allowed, never shows the canary file's content, and a refusal leaves every byte of the
 * store as it was. Each broken promise is kept, with the document, for the test to report.
 *
 * <p>Even-numbered documents are created under an id of their own: one in {@value #STORED_ONE_IN}
 * is stored when it can be (and deleted again, so the sample stays alone); the others are dry runs,
 * which read, validate and check the document the same way but skip the two writes, several times
 * slower than the rest of an import. Odd-numbered documents replace the sample, as a dry run, so
 * that they also reach the comparison with the stored edition and its refusals.
 */
final class FuzzedImports {

    /** The id each document is imported under. */
    static final String FUZZED = "fuzzed";
    /** Every format, to export what an import read without storing it. */
    private static final FormatCatalogue FORMATS = FormatCatalogue.discover(FuzzedImports.class.getClassLoader());
    /** One created document in this many is stored when it can be. */
    static final int STORED_ONE_IN = 10;

    private static final Path KEPT = Path.of("target", "fuzz-failures");
    /** The most bytes an export of an imported expansion seed may write. */
    private static final int MOST_EXPORTED = 1024 * 1024;

    private final SampleStore store;
    private final String format;
    private final String canary;
    private final Duration allowed;
    private final List<String> broken = new ArrayList<>();
    private ExecutorService worker = Executors.newSingleThreadExecutor();
    private Map<String, String> fingerprint;

    /**
     * @param store   the store, holding the sample
     * @param format  the import format
     * @param canary  the content of the canary file, which must never come out
     * @param allowed how long one document may take
     */
    FuzzedImports(SampleStore store, String format, String canary, Duration allowed) {
        this.store = store;
        this.format = format;
        this.canary = canary;
        this.allowed = allowed;
        this.fingerprint = store.fingerprint();
    }

    /**
     * @param mutator   the documents
     * @param documents how many to try
     * @param figures   where the counts go
     * @return every broken promise, one line each, with the document's name
     */
    List<String> run(Mutator mutator, int documents, FuzzFigures figures) {
        try {
            for (int number = 0; number < documents && broken.size() < 20; number++) {
                attempt(mutator.mutant(number), number, figures);
            }
        } finally {
            worker.shutdownNow();
        }
        return List.copyOf(broken);
    }

    private void attempt(Mutant mutant, int number, FuzzFigures figures) {
        String name = format + " " + mutant.name();
        boolean replacing = number % 2 == 1;
        boolean stored = !replacing && number % (2 * STORED_ONE_IN) == 0;
        ImportContext context = ImportContext.named(name).withEditionId(replacing ? SampleStore.SAMPLE : FUZZED)
                .withDefaultZone(ZoneId.of("Africa/Bamako"));
        ImportEditionCommand create = ImportEditionCommand.create(format, context);
        ImportEditionCommand command = replacing ? create.replacing().asDryRun() : stored ? create : create.asDryRun();
        long start = System.nanoTime();
        Future<ImportReport> run = worker.submit(() -> store.documents().importEdition(command,
                new ByteArrayInputStream(mutant.bytes())));
        try {
            ImportReport report = run.get(allowed.toMillis(), TimeUnit.MILLISECONDS);
            figures.countAttempt(name, System.nanoTime() - start);
            figures.countImport();
            if (stored) {
                stored(name, mutant, report);
            }
            if (mutant.name().contains("entities") && exported(report).contains(canary)) {
                keep(name, mutant, "imported the canary file's content");
            }
            if (mutant.name().contains(ExpansionSeeds.PREFIX)) {
                exportsStaySmall(name, mutant, report);
            }
        } catch (ExecutionException failure) {
            figures.countAttempt(name, System.nanoTime() - start);
            refused(name, mutant, failure.getCause(), figures);
        } catch (TimeoutException slow) {
            run.cancel(true);
            worker.shutdownNow();
            worker = Executors.newSingleThreadExecutor();
            keep(name, mutant, "still running after " + allowed.toMillis() + " ms");
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", stop);
        }
    }

    private void stored(String name, Mutant mutant, ImportReport report) {
        EditionId id = new EditionId(FUZZED);
        if (!report.stored() || !report.edition().id().equals(id)) {
            keep(name, mutant, "imported, but not stored as " + FUZZED);
        }
        store.editions().delete(id, store.editions().load(id).orElseThrow().version());
        fingerprint = store.fingerprint();
    }

    private String exported(ImportReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            FORMATS.exporter("json").orElseThrow()
                    .export(report.edition(), new ExportContext(SampleStore.CLOCK, "en"), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What an expansion seed imported exports quickly and small in every format: issue 16, item 3. */
    private void exportsStaySmall(String name, Mutant mutant, ImportReport report) {
        for (Exporter exporter : FORMATS.exporters()) {
            Future<Integer> run = worker.submit(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                exporter.export(report.edition(), new ExportContext(SampleStore.CLOCK, "fr"), out);
                return out.size();
            });
            try {
                int size = run.get(allowed.toMillis(), TimeUnit.MILLISECONDS);
                if (size > MOST_EXPORTED) {
                    keep(name, mutant, "imported, then its " + exporter.formatId() + " export wrote " + size
                            + " bytes");
                }
            } catch (ExecutionException failure) {
                keep(name, mutant, "imported, then its " + exporter.formatId() + " export failed: "
                        + trace(failure.getCause()));
            } catch (TimeoutException slow) {
                run.cancel(true);
                worker.shutdownNow();
                worker = Executors.newSingleThreadExecutor();
                keep(name, mutant, "imported, then its " + exporter.formatId() + " export ran over "
                        + allowed.toMillis() + " ms");
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", stop);
            }
        }
    }

    private void refused(String name, Mutant mutant, Throwable failure, FuzzFigures figures) {
        String located = located(failure);
        if (located != null) {
            keep(name, mutant, located + ": " + trace(failure));
        } else if (failure.getMessage().contains(canary)) {
            keep(name, mutant, "the message shows the canary file's content");
        } else if (failure.getMessage().matches("(?s).*(java\\.|tools\\.jackson|Exception).*")) {
            keep(name, mutant, "the message shows Java's own words: " + failure.getMessage());
        } else {
            figures.countRefusal(rule(failure));
        }
        Map<String, String> now = store.fingerprint();
        if (!now.equals(fingerprint)) {
            keep(name, mutant, "refused, but the store changed: " + changed(fingerprint, now));
            fingerprint = now;
        }
    }

    /** @return the files whose fingerprint differs, or that are in one only */
    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        return paths.stream().filter(p -> !Objects.equals(before.get(p), after.get(p))).toList();
    }

    /** @return why the failure is not a typed, located refusal, or {@code null} when it is one */
    private static String located(Throwable failure) {
        if (failure instanceof UnreadableDocumentException unreadable) {
            return unreadable.problems().stream().allMatch(p -> !p.place().english().isBlank() && !p.place().french().isBlank() && !p.ruleEn().isBlank() && !p.ruleFr().isBlank())
                    ? null : "a problem without a place or a rule";
        }
        if (failure instanceof InvalidInputException invalid) {
            return invalid.violations().stream().allMatch(v -> !v.rule().isBlank() && !v.messageEn().isBlank())
                    ? null : "a violation without a rule or a message";
        }
        if (failure instanceof ForbiddenChangeException forbidden) {
            return forbidden.editionId().equals(SampleStore.SAMPLE) ? null : "a forbidden change of another edition";
        }
        return "not a typed refusal";
    }

    /** The failure's first rule without its details (a name, a number, a quoted value), to count rules. */
    private static String rule(Throwable failure) {
        if (failure instanceof UnreadableDocumentException unreadable) {
            DocumentProblem first = unreadable.problems().get(0);
            return first.ruleEn().split("[:\"'(]", 2)[0].replaceAll("\\d+", "N").strip();
        }
        if (failure instanceof InvalidInputException invalid) {
            Violation first = invalid.violations().get(0);
            return "invalid: " + first.rule();
        }
        return "forbidden: " + failure.getMessage().split(":", 3)[1].strip();
    }

    /** The failure and its first frames in this project's code, where a fix would go. */
    private static String trace(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure));
        List<StackTraceElement> ours = Arrays.stream(failure.getStackTrace())
                .filter(frame -> frame.getClassName().startsWith("org.digitalweek.event.")
                        && !frame.getClassName().contains(".fuzz."))
                .limit(6).toList();
        ours.forEach(frame -> text.append("\n        at ").append(frame));
        return text.toString();
    }

    /** Notes the broken promise, and keeps the document under {@code target/fuzz-failures} to study it. */
    private void keep(String name, Mutant mutant, String what) {
        broken.add(name + ": " + what);
        try {
            Files.createDirectories(KEPT);
            Files.write(KEPT.resolve(name.replaceAll("[^\\w.-]+", "_")), mutant.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
