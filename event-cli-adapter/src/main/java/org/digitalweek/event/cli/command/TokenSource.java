package org.digitalweek.event.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.digitalweek.event.http.ApiToken;

/**
 * Where {@code serve} finds the bearer token that allows writes: the file of {@code --token-file}
 * (its final line break dropped), else the environment variable {@value #VARIABLE}. A token is never
 * printed; a file that others may read is served with a warning, since container secrets are often
 * mounted so.
 */
final class TokenSource {

    /** The environment variable that gives the token when no file does. */
    static final String VARIABLE = "DIGITALWEEK_API_TOKEN";

    /** The shortest token accepted, as {@link ApiToken} requires. */
    static final int MINIMUM_LENGTH = 16;

    private static final Set<PosixFilePermission> OTHERS_READ = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);

    /** A token that cannot be used: what is wrong, in both languages. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String french;
        final String english;

        Refused(String french, String english) {
            super(english);
            this.french = french;
            this.english = english;
        }
    }

    private TokenSource() {
    }

    /**
     * @param app         the run, for the warning about a file others may read
     * @param file        the file of {@code --token-file}, or null
     * @param environment the value of {@value #VARIABLE}, or null
     * @return the token, empty when neither gives one
     * @throws Refused when the file cannot be read, or the token is empty or too short
     */
    static Optional<ApiToken> find(Invocation app, Path file, String environment) throws Refused {
        if (file != null) {
            return Optional.of(token(read(app, file), "du fichier " + file, "the file " + file));
        }
        if (environment != null && !environment.isEmpty()) {
            return Optional.of(token(environment, "de la variable " + VARIABLE, "the variable " + VARIABLE));
        }
        return Optional.empty();
    }

    private static String read(Invocation app, Path file) throws Refused {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new Refused("--token-file : lecture impossible de " + file,
                    "--token-file: cannot read " + file);
        }
        warnIfOthersMayRead(app, file);
        return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static ApiToken token(String value, String ofWhereFr, String whereEn) throws Refused {
        if (value.strip().length() < MINIMUM_LENGTH) {
            throw new Refused("le jeton " + ofWhereFr + " est vide ou trop court : il faut au moins "
                    + MINIMUM_LENGTH + " caractères (par exemple : openssl rand -hex 32)",
                    "the token of " + whereEn + " is empty or too short: it needs at least " + MINIMUM_LENGTH
                            + " characters (for instance: openssl rand -hex 32)");
        }
        return ApiToken.of(value);
    }

    private static void warnIfOthersMayRead(Invocation app, Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS_READ::contains)) {
                app.err().println(app.say("digitalweek: attention : d'autres utilisateurs peuvent lire " + file
                                + " (chmod 600 " + file + ")",
                        "digitalweek: warning: other users may read " + file + " (chmod 600 " + file + ")"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // no POSIX permissions here (Windows): nothing to say
        }
    }
}
