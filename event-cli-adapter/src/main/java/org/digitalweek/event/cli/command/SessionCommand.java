package org.digitalweek.event.cli.command;

import picocli.CommandLine.Command;

/**
 * {@code digitalweek session add|move|cancel|assign}: edit one session. Not runnable itself, so
 * that picocli reports a missing subcommand as a usage error.
 */
@Command(name = "session", description = {"Edit a session of an edition's programme: add, move, cancel, assign.",
    "Each change is refused, with exit code 3, when the edition changed since the version given with "
        + "--expected-version (default: the stored version, read just before the change)."},
        subcommands = {SessionAddCommand.class, SessionMoveCommand.class, SessionCancelCommand.class,
            SessionAssignCommand.class},
        footer = {HelpText.OK, HelpText.USAGE, HelpText.FAILURE,
            "", "Examples:",
            "  digitalweek session add snm-2026 --id atelier-cyber --type workshop \\",
            "      --title 'Atelier cybersécurité' --start 2026-01-30T14:00 --end 2026-01-30T16:00 --room salle-de-formation",
            "  digitalweek session move snm-2026 masterclass-ia --start 2026-02-03T09:00 --end 2026-02-03T12:00",
            "  digitalweek session cancel snm-2026 panel-gouvernance-numerique --expected-version 4"})
final class SessionCommand {
}
