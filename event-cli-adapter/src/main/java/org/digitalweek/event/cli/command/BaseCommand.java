package org.digitalweek.event.cli.command;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command of the {@code digitalweek} tree: it reaches the shared {@link Invocation} through the
 * root command, whatever its depth, and returns its exit code.
 */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** @return the run this command is part of */
    final Invocation app() {
        return ((DigitalweekCommand) spec.root().userObject()).invocation();
    }

    @Override
    public final Integer call() throws Exception {
        return run(app());
    }

    /**
     * @param app the run
     * @return the exit code, one of {@link ExitCodes}
     * @throws Exception what the handler of failures turns into a message and an exit code
     */
    abstract int run(Invocation app) throws Exception;
}
