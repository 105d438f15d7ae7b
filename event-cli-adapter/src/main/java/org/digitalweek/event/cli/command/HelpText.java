package org.digitalweek.event.cli.command;

/**
 * Lines that the help of several commands shares. A command's footer starts with its exit codes,
 * under the "Exit codes:" heading every command inherits from the root.
 */
final class HelpText {

    /** Exit code 0. */
    static final String OK = "  0  success";
    /** Exit code 2. */
    static final String USAGE = "  2  a usage error or bad input: an unknown edition, session or person, "
            + "a malformed value";
    /** Exit code 3. */
    static final String FAILURE = "  3  a storage conflict (the edition changed since its version was read) or an "
            + "I/O failure";

    private HelpText() {
    }
}
