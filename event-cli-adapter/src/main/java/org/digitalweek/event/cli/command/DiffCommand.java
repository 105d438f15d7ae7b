package org.digitalweek.event.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import org.digitalweek.event.domain.diff.DiffText;
import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.model.Ids;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.in.EditionDiffQuery;
import org.digitalweek.event.domain.port.in.ReleaseDiffQuery;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.in.EditionQueryById;

/** {@code digitalweek diff}: what changed between two releases, two editions or two documents. */
@Command(name = "diff")
final class DiffCommand extends BaseCommand {

    @Parameters(arity = "1..2", paramLabel = "${bundle:label.edition-or-file}",
            descriptionKey = "operands")
    List<String> operands;

    @Option(names = "--from", paramLabel = "${bundle:label.release}")
    String from;

    @Option(names = "--to", paramLabel = "${bundle:label.release}")
    String to;

    @Option(names = "--exit-code")
    boolean exitCode;

    @Mixin
    DocumentOptions document;

    @Override
    int run(Invocation app) throws IOException {
        ProgrammeDiff diff = from != null ? betweenReleases(app) : betweenProgrammes(app);
        String text = DiffText.render(diff, app.language().tag());
        if (app.terminal().isTerminal()) { // one change a line; on a terminal, a long one wraps
            text.lines().forEach(line -> app.terminal().wrap(line, 4).forEach(app.out()::println));
        } else {
            app.out().print(text);
        }
        return exitCode && !diff.isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private ProgrammeDiff betweenReleases(Invocation app) {
        if (operands.size() != 1) {
            throw usage(app, "avec --from, donnez une seule ÉDITION", "with --from, give one EDITION only");
        }
        return app.root().publication().diff(new ReleaseDiffQuery(operands.get(0), from, to));
    }

    private ProgrammeDiff betweenProgrammes(Invocation app) throws IOException {
        if (to != null) {
            throw usage(app, "--to va avec --from", "--to goes with --from");
        }
        if (operands.size() != 2) {
            throw usage(app, "donnez deux éditions ou fichiers, ou une édition et --from",
                    "give two editions or files, or one edition and --from");
        }
        String a = operands.get(0);
        String b = operands.get(1);
        requireProgramme(app, a);
        requireProgramme(app, b);
        if (!Documents.isFile(a) && !Documents.isFile(b)) {
            return app.root().publication().diff(new EditionDiffQuery(a, b));
        }
        return app.root().publication().diff(programme(app, a), programme(app, b));
    }

    /** A mistyped file name would otherwise be reported as a missing edition. */
    private void requireProgramme(Invocation app, String operand) {
        if (!isStored(app, operand) && !Documents.isFile(operand)) {
            throw usage(app, "« " + operand + " » n'est ni un fichier ni une édition du stockage",
                    "'" + operand + "' is neither a file nor an edition in the store");
        }
    }

    private static boolean isStored(Invocation app, String operand) {
        if (!Ids.isValid(operand)) {
            return false;
        }
        try {
            app.root().programme().edition(new EditionQueryById(operand));
            return true;
        } catch (EditionNotFoundException | InvalidInputException e) {
            return false;
        }
    }

    private PublicEdition programme(Invocation app, String operand) throws IOException {
        if (!Documents.isFile(operand)) {
            return app.root().programme().edition(new EditionQueryById(operand));
        }
        Path file = Path.of(operand);
        String formatId = document.format != null ? document.format : Documents.detectFormat(app, file).orElseThrow(
                () -> usage(app, "format de « " + operand + " » non reconnu ; précisez --format parmi "
                                + KnownFormats.imports(app),
                        "format of '" + operand + "' not recognized; give --format, one of " + KnownFormats.imports(app)));
        ImportContext context = document.context(file.getFileName().toString());
        return Documents.read(app, file, formatId, context);
    }

    private ParameterException usage(Invocation app, String french, String english) {
        return new ParameterException(spec.commandLine(), app.say(french, english));
    }
}
