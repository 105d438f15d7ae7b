package org.digitalweek.event.cli.command;

/**
 * Exit-code lines in English that commands written before the help moved to {@link HelpBundle} put in
 * their footers.
 *
 * @deprecated the exit codes of a command's help are {@code usage.exitCodeList} entries of
 *             {@code Help_fr.properties} and {@code Help_en.properties} ({@code exit.ok},
 *             {@code exit.usage}, {@code exit.failure.read}, {@code exit.failure.write}); this class
 *             stays only until every command's texts are there, then goes
 */
@Deprecated
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
