package org.digitalweek.event.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ServiceConfigurationError;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import org.digitalweek.event.cli.boot.CompositionRoot;
import org.digitalweek.event.domain.error.DomainException;
import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.StorageFailureException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.rules.ProgrammeHasErrorsException;

/**
 * Turns what went wrong into one clear message in the user's language on standard error, and the
 * exit code of {@link ExitCodes}; the stack trace only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final Invocation app;

    Failures(Invocation app) {
        this.app = app;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = app.err();
        boolean unexplained = exitCode(e) == ExitCodes.FAILURE && !(e instanceof DomainException);
        err.println("digitalweek: " + message(e) + (unexplained && !app.verbose() ? " " + moreWithVerbose() : ""));
        if (e instanceof EditionNotFoundException missing && CompositionRoot.sampleIds().contains(missing.editionId())) {
            // A store the user names starts empty: the sample edition is one command away.
            err.println(app.say("Pour ajouter l'édition d'exemple à ce stockage : digitalweek sample add "
                    + missing.editionId(), "To add the sample edition to this store: digitalweek sample add "
                    + missing.editionId()));
        }
        if (app.verbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode(e);
    }

    /**
     * Says in one line what escaped the command's own handling, an out-of-memory error above all:
     * the work was too big for the memory given to Java. The stores save last and all at once, so
     * such a failure leaves them as they were unless the save itself had ended. The stack trace only
     * with {@code --verbose}.
     *
     * @param e the error or exception that escaped the command
     * @return {@link ExitCodes#FAILURE}
     */
    int handleFatal(Throwable e) {
        PrintWriter err = app.err();
        if (e instanceof OutOfMemoryError) {
            err.println(app.say("digitalweek: mémoire insuffisante : le travail demandé dépasse la mémoire donnée à Java "
                    + "(option -Xmx, par DIGITALWEEK_JAVA_OPTIONS)",
                    "digitalweek: out of memory: the work asked for exceeds the memory given to Java (option -Xmx, "
                            + "through DIGITALWEEK_JAVA_OPTIONS)"));
        } else if (e instanceof ServiceConfigurationError) {
            // A format that cannot start, e.g. a JVM property it reads set to something it refuses: say why.
            String why = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : e.getMessage();
            err.println(app.say("digitalweek: un format n'a pas pu être chargé : " + why,
                    "digitalweek: a format could not be loaded: " + why));
        } else if (e instanceof StackOverflowError) {
            err.println(app.say("digitalweek: pile d'appels épuisée : le travail demandé est trop profondément imbriqué",
                    "digitalweek: call stack exhausted: the work asked for nests too deep"));
        } else {
            err.println("digitalweek: " + unexpected() + (app.verbose() ? "" : " " + moreWithVerbose()));
        }
        if (app.verbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILURE;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        PrintWriter err = app.err();
        String prefix = "digitalweek: ";
        for (String line : ParseMessages.lines(app.language(), e)) {
            err.println(prefix + line);
            prefix = "";
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    private String message(Exception e) {
        if (e instanceof DomainException domain) {
            return domain.getMessage(app.language().tag());
        }
        if (e instanceof UncheckedIOException io) {
            return describe(io.getCause());
        }
        if (e instanceof IOException io) {
            return describe(io);
        }
        return unexpected();
    }

    /** No Java class name: the stack trace, with {@code --verbose}, says which. */
    private String unexpected() {
        return app.say("échec inattendu", "unexpected failure");
    }

    private String moreWithVerbose() {
        return app.say("(relancez avec --verbose pour le détail)", "(run again with --verbose for details)");
    }

    private String describe(IOException e) {
        return app.say("entrée-sortie impossible : ", "input or output failed: ") + e.getMessage();
    }

    /**
     * @param e a failure
     * @return its exit code
     */
    static int exitCode(Exception e) {
        if (e instanceof ProgrammeHasErrorsException) {
            return ExitCodes.FINDINGS;
        }
        if (e instanceof VersionConflictException || e instanceof StorageFailureException) {
            return ExitCodes.FAILURE;
        }
        if (e instanceof DomainException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.FAILURE;
    }
}
