package org.digitalweek.event.cli.command;

import picocli.CommandLine.Option;

/** The {@code --expected-version} option of every command that changes an edition. */
final class VersionOption {

    @Option(names = "--expected-version", paramLabel = "V", descriptionKey = "expected-version")
    Long value;
}
