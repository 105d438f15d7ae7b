package org.digitalweek.event.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.cli.progress.ProgressLine;
import org.digitalweek.event.domain.port.in.ExportQuery;

/**
 * {@code digitalweek export EDITION --format F}: an edition's public programme in one format, on
 * standard output byte for byte, or into a file that appears only once it is complete.
 */
@Command(name = "export")
final class ExportCommand extends BaseCommand {

    @Parameters(paramLabel = "${bundle:label.edition}", descriptionKey = "edition")
    String edition;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:label.file}")
    Path output;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "digitalweek.export.quiet")
    boolean quiet;

    @Override
    int run(Invocation app) throws Exception {
        if (!KnownFormats.exported(app, format)) {
            String known = KnownFormats.exports(app);
            return Stop.with(app, ExitCodes.USAGE, "format d'export inconnu « " + format + " » ; formats : " + known,
                    "unknown export format '" + format + "'; formats: " + known);
        }
        ExportQuery query = new ExportQuery(edition, format, app.languageAsked().orElse(null));
        if (output == null || output.toString().equals("-")) {
            OutputStream out = app.bytes();
            // No progress line between the lines of an export that goes to the terminal itself.
            try (ProgressLine progress = app.progress(quiet || app.terminal().isTerminal(), "écriture", "writing", 0)) {
                app.root().documents().export(query, progress.counting(out)); // refuses before it writes a byte
                out.flush();
            }
            return ExitCodes.OK;
        }
        // Written in memory first: a refused export must not open the file, which may be a FIFO.
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        try (ProgressLine progress = app.progress(quiet, "écriture", "writing", 0)) {
            app.root().documents().export(query, progress.counting(document));
        }
        return toFile(app, out -> document.writeTo(out));
    }

    /** Writes {@code --output}, unless it is a folder, has no folder or lies among the store's files. */
    private int toFile(Invocation app, AtomicFile.Content content) throws IOException {
        if (Files.isDirectory(output)) {
            return Stop.with(app, ExitCodes.USAGE, "« " + output + " » est un dossier : donnez un nom de fichier",
                    "'" + output + "' is a folder: give a file name");
        }
        Path folder = output.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return Stop.with(app, ExitCodes.FAILURE, "dossier introuvable : " + folder, "no such folder: " + folder);
        }
        Optional<Path> store = storeFileHolding(AtomicFile.resolved(output), app.root().storeFiles());
        if (store.isPresent()) {
            return Stop.with(app, ExitCodes.USAGE, "« " + output + " » est parmi les fichiers du magasin ("
                    + store.get() + ") : un export ne doit pas les écraser ; choisissez un chemin hors du magasin",
                    "'" + output + "' is inside the store's files (" + store.get()
                            + "): an export must not overwrite them; choose a path outside");
        }
        boolean existed = Files.exists(output);
        boolean regular = !existed || Files.isRegularFile(output);
        try {
            AtomicFile.write(output, content);
            return ExitCodes.OK;
        } catch (AtomicFile.UnopenableFileException e) {
            return Stop.with(app, ExitCodes.FAILURE, "« " + output + " » ne s'ouvre pas en écriture (" + e.reason()
                    + ") : ce n'est ni un fichier ordinaire, ni un périphérique, un tube ou une socket qui l'accepte",
                    "'" + output + "' cannot be opened for writing (" + e.reason()
                            + "): it is neither a regular file nor a device, FIFO or socket that accepts it");
        } catch (IOException e) {
            String reason = e instanceof FileSystemException refused && refused.getReason() != null
                    ? refused.getReason() : String.valueOf(e.getMessage());
            String outcomeFr = !regular ? "ce qu'il a reçu est incomplet"
                    : existed ? "le fichier est resté tel qu'il était" : "aucun fichier n'est écrit";
            String outcomeEn = !regular ? "what it received is incomplete"
                    : existed ? "the file is left as it was" : "no file is written";
            return Stop.with(app, ExitCodes.FAILURE, "« " + output + " » : écriture impossible (" + reason + ") ; "
                    + outcomeFr, "'" + output + "': cannot write (" + reason + "); " + outcomeEn);
        }
    }

    /** @return the store's file or folder that holds (or is) the file, links followed, if any */
    private static Optional<Path> storeFileHolding(Path file, List<Path> storeFiles) {
        return storeFiles.stream().filter(file::startsWith).findFirst();
    }
}
