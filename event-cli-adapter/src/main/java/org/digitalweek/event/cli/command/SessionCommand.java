package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;

/**
 * {@code digitalweek session add|move|cancel|assign}: edit one session. Not runnable itself, so
 * that picocli reports a missing subcommand as a usage error.
 */
@Command(name = "session", subcommands = {SessionAddCommand.class, SessionMoveCommand.class,
        SessionCancelCommand.class, SessionAssignCommand.class})
final class SessionCommand {
}
