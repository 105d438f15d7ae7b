package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.cli.command.CommandRun.Ran;

/**
 * A password given in a store URI, in its query or in its user part, appears in no output of the
 * command: not in the message, in either language, nor in the stack trace of {@code --verbose}.
 * Nothing listens on port 1, so a well-formed PostgreSQL URI fails at once, as a storage failure.
 */
class PasswordsNeverShownTest extends CommandTests {

    private static final String PASSWORD = "Bamako-2026";

    @ParameterizedTest
    @ValueSource(strings = {
        "jdbc:postgresql://protocole:" + PASSWORD + "@127.0.0.1/digitalweek",
        "jdbc:postgresql://protocole:" + PASSWORD + "@127.0.0.1:1/digitalweek?ssl=false",
        "jdbc:postgresql://127.0.0.1:1/digitalweek?user=protocole&password=" + PASSWORD + "&ssl=false",
        "jdbc:postgresql:digitalweek?password=" + PASSWORD,
        "file://protocole:" + PASSWORD + "@example.org/programme",
        "ftp://protocole:" + PASSWORD + "@example.org/programme"})
    void noOutputShowsThePassword(String uri) {
        for (String language : new String[] {"fr", "en"}) {
            for (boolean verbose : new boolean[] {false, true}) {
                Ran ran = verbose ? run("editions", "--store", uri, "--lang", language, "--verbose")
                        : run("editions", "--store", uri, "--lang", language);

                assertThat(ran.code()).as(uri).isIn(ExitCodes.USAGE, ExitCodes.FAILURE);
                assertThat(ran.err()).as(uri).startsWith("digitalweek: ").contains("***")
                        .doesNotContain(PASSWORD);
                assertThat(ran.out()).doesNotContain(PASSWORD);
            }
        }
    }
}
