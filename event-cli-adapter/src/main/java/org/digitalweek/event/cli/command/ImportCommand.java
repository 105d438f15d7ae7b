package org.digitalweek.event.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.cli.progress.ProgressLine;
import org.digitalweek.event.domain.error.DocumentProblem;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.model.ImportContext;

/**
 * {@code digitalweek import FILE}: reads a document of another tool (or this library's JSON) into
 * the store, all or nothing, and says what was repaired, what the programme rules find and, when it
 * replaces an edition, what changes.
 */
@Command(name = "import")
final class ImportCommand extends BaseCommand {

    @Parameters(paramLabel = "${bundle:label.file}", descriptionKey = "file")
    Path file;

    @Mixin
    DocumentOptions document;

    @Option(names = "--as", paramLabel = "ID")
    String editionId;

    @Option(names = "--replace")
    boolean replace;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "digitalweek.import.quiet")
    boolean quiet;

    @Override
    int run(Invocation app) throws Exception {
        boolean piped = file.toString().equals("-");
        if (!piped && !Files.exists(file)) {
            return Stop.with(app, ExitCodes.USAGE, "fichier introuvable : " + file, "no such file: " + file);
        }
        if (!piped && Files.isDirectory(file)) {
            return Stop.with(app, ExitCodes.USAGE, "« " + file + " » est un dossier, pas un document",
                    "'" + file + "' is a folder, not a document");
        }
        String name = piped ? app.say("entrée standard", "standard input") : file.toString();
        app.root(); // the store opens before the progress line starts: a failure to open says so on a clean line
        ImportReport report;
        String formatId;
        try (ProgressLine progress = app.progress(quiet, "lecture", "reading", piped ? 0 : size(file));
             InputStream in = new BufferedInputStream(progress.counting(piped ? app.in() : Files.newInputStream(file)),
                     Documents.HEAD_BYTES)) {
            Optional<String> format = format(app, piped ? "" : String.valueOf(file.getFileName()), in);
            if (format.isEmpty()) {
                progress.close();
                return unknownFormat(app, name);
            }
            formatId = format.get();
            report = app.root().documents().importEdition(command(formatId, name), in);
        } catch (AccessDeniedException e) {
            return Stop.with(app, ExitCodes.FAILURE, "lecture refusée : " + name, "permission denied: " + name);
        } catch (IOException e) {
            return Stop.with(app, ExitCodes.FAILURE, "lecture impossible de " + name + " : " + e.getMessage(),
                    "cannot read " + name + ": " + e.getMessage());
        } catch (UnreadableDocumentException e) {
            return unreadable(app, e);
        }
        new ImportSummary(app).print(report, formatId); // after the progress line is cleared
        return ExitCodes.OK;
    }

    /** @return the file's size, a progress line's total; zero when it cannot be told (a device, a FIFO) */
    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The import format of --format, or the one that recognizes the document's name and first bytes. */
    private Optional<String> format(Invocation app, String fileName, InputStream in) throws IOException {
        Optional<String> id = document.format != null ? Optional.of(document.format)
                : Documents.detectFormat(app, fileName, in);
        return id.filter(f -> KnownFormats.imported(app, f));
    }

    private int unknownFormat(Invocation app, String name) {
        String known = KnownFormats.imports(app);
        if (document.format != null) {
            return Stop.with(app, ExitCodes.USAGE, "format d'import inconnu « " + document.format + " » ; formats : "
                    + known, "unknown import format '" + document.format + "'; formats: " + known);
        }
        return Stop.with(app, ExitCodes.USAGE, name + " : format non reconnu ; précisez-le avec --format (" + known
                + ")", name + ": format not recognized; give it with --format (" + known + ")");
    }

    private ImportEditionCommand command(String formatId, String name) {
        ImportContext context = document.context(name);
        if (editionId != null) {
            context = context.withEditionId(editionId);
        }
        ImportEditionCommand command = ImportEditionCommand.create(formatId, context);
        command = replace ? command.replacing() : command;
        return dryRun ? command.asDryRun() : command;
    }

    /** The first problem on the first line, located; the others below it, one a line. */
    private static int unreadable(Invocation app, UnreadableDocumentException e) {
        DocumentProblem first = e.problems().get(0);
        int code = Stop.with(app, ExitCodes.USAGE, e.source() + ", " + first.describe("fr"),
                e.source() + " at " + first.describe("en"));
        for (DocumentProblem problem : e.problems().subList(1, e.problems().size())) {
            app.err().println("  " + problem.describe(app.language().tag()));
        }
        if (app.verbose()) {
            e.printStackTrace(app.err());
        }
        app.err().flush();
        return code;
    }
}
