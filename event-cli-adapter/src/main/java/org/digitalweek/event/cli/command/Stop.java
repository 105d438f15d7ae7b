package org.digitalweek.event.cli.command;

/**
 * Ends a command that found a user's mistake or a failure itself, without an exception: one line on
 * standard error, in the user's language, as {@link Failures} writes them.
 */
final class Stop {

    private Stop() {
    }

    /**
     * @param app     the run
     * @param code    the exit code, one of {@link ExitCodes}
     * @param french  what went wrong, in French
     * @param english what went wrong, in English
     * @return {@code code}
     */
    static int with(Invocation app, int code, String french, String english) {
        app.err().println("digitalweek: " + app.say(french, english));
        app.err().flush();
        return code;
    }
}
