package org.digitalweek.event.cli.command;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;

/**
 * {@code digitalweek export EDITION --format F}: an edition's public programme in one format, on
 * standard output byte for byte, or into a file that appears only once it is complete.
 */
@Command(name = "export", description = {"Write an edition's public programme in one format: to standard output, "
        + "or with --output to a file that is replaced only once the export is complete.",
    "The formats are those of 'digitalweek formats'; --lang chooses the language of texts that have no "
        + "language of their own."},
        footer = {HelpText.OK, HelpText.USAGE, HelpText.FAILURE, "", "Examples:",
            "  digitalweek export snm-2026 --format ics > snm-2026.ics",
            "  digitalweek export snm-2026 --format frab-xml --output schedule.xml",
            "  digitalweek export snm-2026 --format markdown --lang en | less"})
final class ExportCommand extends BaseCommand {

    @Parameters(paramLabel = "EDITION", description = "The edition's id, e.g. snm-2026.")
    String edition;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "The format's id, e.g. ics, frab-xml, json, csv (see 'digitalweek formats').")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to this file instead of standard output (- is standard output); it is created "
                    + "or replaced whole.")
    Path output;

    @Override
    int run(Invocation app) throws Exception {
        Optional<Exporter> exporter = app.root().formats().exporter(format);
        if (exporter.isEmpty()) {
            String known = app.root().formats().exporters().stream().map(Exporter::formatId)
                    .collect(Collectors.joining(", "));
            return Stop.with(app, ExitCodes.USAGE, "format d'export inconnu « " + format + " » ; formats : " + known,
                    "unknown export format '" + format + "'; formats: " + known);
        }
        app.root().validator().check("l'édition demandée", "the edition asked for", new EditionQueryById(edition));
        PublicEdition view = Stored.edition(app, edition);
        ExportContext context = new ExportContext(app.clock(), app.language().tag());
        if (output == null || output.toString().equals("-")) {
            OutputStream out = app.bytes();
            exporter.get().export(view, context, out);
            out.flush();
            return ExitCodes.OK;
        }
        if (Files.isDirectory(output)) {
            return Stop.with(app, ExitCodes.USAGE, "« " + output + " » est un dossier : donnez un nom de fichier",
                    "'" + output + "' is a folder: give a file name");
        }
        Path folder = output.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return Stop.with(app, ExitCodes.FAILURE, "dossier introuvable : " + folder, "no such folder: " + folder);
        }
        AtomicFile.write(output, out -> exporter.get().export(view, context, out));
        return ExitCodes.OK;
    }
}
