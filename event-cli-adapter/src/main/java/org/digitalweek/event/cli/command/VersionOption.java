package org.digitalweek.event.cli.command;

import picocli.CommandLine.Option;

/** The {@code --expected-version} option of every command that changes an edition. */
final class VersionOption {

    @Option(names = "--expected-version", paramLabel = "V",
            description = "The edition's version you read; default: the stored one.")
    Long value;
}
