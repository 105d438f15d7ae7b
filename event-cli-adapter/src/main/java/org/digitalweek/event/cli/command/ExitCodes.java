package org.digitalweek.event.cli.command;

/**
 * What the {@code digitalweek} command's exit status means, the same for every command: scripts
 * may rely on it.
 */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** {@code check} found an ERROR, {@code publish} was refused for one, or {@code diff --exit-code} found a change. */
    public static final int FINDINGS = 1;
    /** A usage error or bad input: an unknown option, a malformed id, a file that cannot be imported. */
    public static final int USAGE = 2;
    /**
     * A storage conflict (someone else changed the edition: only a command that changes the store meets
     * one), an I/O failure, or an unexpected failure. Each command's help lists the causes it can meet
     * ({@code exit.failure.read} or {@code exit.failure.write} in the help bundles).
     */
    public static final int FAILURE = 3;

    private ExitCodes() {
    }
}
