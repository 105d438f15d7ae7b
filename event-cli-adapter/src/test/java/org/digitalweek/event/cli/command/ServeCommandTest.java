package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.cli.command.CommandRun.Ran;

/**
 * {@code digitalweek serve} refusing to start, in-process: a bad token, a bad port, an address in use.
 * Each is one line in the user's language and an exit code of the CLI's convention, never a stack
 * trace nor the token. Serving itself, and stopping, run in child processes ({@code ServeCommandIT}).
 */
class ServeCommandTest extends CommandTests {

    /** A token too short to be accepted, recognisable if it leaked. */
    private static final String SHORT_TOKEN = "Tombouctou";

    @Test
    void aTokenFileTooShortIsRefusedWithoutShowingIt() throws IOException {
        Path file = ownerOnly(Files.writeString(home.resolve("token"), SHORT_TOKEN + "\n"));

        Ran fr = run("serve", "--token-file", file.toString(), "--port", "0");
        Ran en = run("serve", "--token-file", file.toString(), "--port", "0", "--lang", "en");

        assertThat(fr.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(fr.err()).isEqualTo("digitalweek: le jeton du fichier " + file + " est vide ou trop court : "
                + "il faut au moins 16 caractères (par exemple : openssl rand -hex 32)" + NL);
        assertThat(en.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(en.err()).isEqualTo("digitalweek: the token of the file " + file + " is empty or too short: "
                + "it needs at least 16 characters (for instance: openssl rand -hex 32)" + NL);
        assertThat(fr.out() + en.out() + fr.err() + en.err()).doesNotContain(SHORT_TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "   \n", "\r\n"})
    void anEmptyTokenFileIsRefused(String content) throws IOException {
        Path file = ownerOnly(Files.writeString(home.resolve("token"), content));

        Ran ran = run("serve", "--token-file", file.toString(), "--port", "0", "--lang", "en");

        assertThat(ran.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(ran.err()).contains("is empty or too short").hasLineCount(1);
    }

    @Test
    void aMissingTokenFileIsRefused() {
        Path file = home.resolve("no-such-token");

        Ran ran = run("serve", "--token-file", file.toString(), "--port", "0", "--lang", "en");

        assertThat(ran.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(ran.err()).isEqualTo("digitalweek: --token-file: cannot read " + file + NL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "65536", "100000"})
    void aPortOutOfRangeIsAUsageError(String port) {
        Ran ran = run("serve", "--port", port, "--lang", "en");

        assertThat(ran.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(ran.err()).isEqualTo("digitalweek: --port: a port is between 0 and 65535, not " + port + NL);
    }

    @Test
    void aPortNotANumberIsAUsageError() {
        Ran ran = run("serve", "--port", "huit", "--lang", "en");

        assertThat(ran.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(ran.err()).contains("--port").contains("huit").doesNotContain("Exception");
    }

    @Test
    void anAddressInUseIsOneLineNamingItAndExitCodeThree() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());

            Ran fr = run("serve", "--port", port);
            Ran en = run("serve", "--port", port, "--lang", "en");

            assertThat(fr.code()).isEqualTo(ExitCodes.FAILURE);
            assertThat(fr.err()).isEqualTo("digitalweek: impossible d'écouter sur 127.0.0.1:" + port
                    + " : adresse déjà prise ou non permise (--port ou --bind en choisissent une autre)" + NL);
            assertThat(en.code()).isEqualTo(ExitCodes.FAILURE);
            assertThat(en.err()).isEqualTo("digitalweek: cannot listen on 127.0.0.1:" + port
                    + ": the address is in use or not allowed (--port or --bind choose another)" + NL);
        }
    }

    @Test
    void anAddressUnknownToThisMachineIsOneLine() {
        Ran ran = run("serve", "--bind", "192.0.2.1", "--port", "0", "--lang", "en");

        assertThat(ran.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(ran.err()).startsWith("digitalweek: cannot listen on 192.0.2.1:0: ").hasLineCount(1)
                .doesNotContain("Exception");
    }

    private static Path ownerOnly(Path file) throws IOException {
        return Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void theHelpNamesEveryOptionAndTheExitCodes() {
        Ran ran = run("serve", "--help");

        assertThat(ran.code()).isEqualTo(ExitCodes.OK);
        assertThat(ran.out()).contains("--port", "--bind", "--read-only", "--token-file", "--cors-origin",
                "DIGITALWEEK_API_TOKEN", "défaut : 8080", "127.0.0.1", "Codes de sortie :", "SIGTERM");
    }
}
