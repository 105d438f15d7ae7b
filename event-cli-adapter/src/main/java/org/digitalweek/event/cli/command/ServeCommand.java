package org.digitalweek.event.cli.command;

import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.digitalweek.event.domain.error.UriSecrets;
import org.digitalweek.event.http.ApiToken;
import org.digitalweek.event.http.HttpApi;
import org.digitalweek.event.http.HttpSettings;

/**
 * {@code digitalweek serve}: the JSON HTTP API over the store every other command uses, until Ctrl-C
 * or SIGTERM. The composition root builds the server; this command only chooses its settings, says
 * where it listens, and stops it in order: no new request, those in flight finish, then the store closes.
 */
@Command(name = "serve", sortOptions = false)
final class ServeCommand extends BaseCommand {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + HttpSettings.DEFAULT_PORT)
    int port;

    @Option(names = "--bind", paramLabel = "${bundle:label.address}", defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--read-only")
    boolean readOnly;

    @Option(names = "--token-file", paramLabel = "${bundle:label.file}")
    Path tokenFile;

    @Option(names = "--cors-origin", paramLabel = "${bundle:label.origin}")
    List<String> corsOrigins = new ArrayList<>();

    @Override
    int run(Invocation app) throws InterruptedException {
        if (port < 0 || port > 65_535) {
            return Stop.with(app, ExitCodes.USAGE, "--port : un port va de 0 à 65535, pas " + port,
                    "--port: a port is between 0 and 65535, not " + port);
        }
        Optional<ApiToken> token;
        try {
            token = TokenSource.find(app, tokenFile, System.getenv(TokenSource.VARIABLE));
        } catch (TokenSource.Refused e) {
            return Stop.with(app, ExitCodes.USAGE, e.french, e.english);
        }
        HttpSettings settings = new HttpSettings(bind, port, readOnly || token.isEmpty(), token, corsOrigins,
                HttpSettings.DEFAULT_MAX_BODY_BYTES, HttpSettings.DEFAULT_IDLE_TIMEOUT, app.err()::println);
        try (StopSignals signals = StopSignals.install()) {
            HttpApi api;
            try {
                api = app.root().serve(settings);
            } catch (IllegalStateException e) {
                return cannotListen(app, e);
            }
            try (api) {
                app.err().println("digitalweek: " + startLine(app, api, token.isPresent()));
                app.err().flush();
                signals.await();
                app.err().println(app.say("digitalweek: arrêt : plus de nouvelle demande ; celles en cours se terminent",
                        "digitalweek: stopping: no new request; those in flight finish"));
                app.err().flush();
            }
        }
        return ExitCodes.OK;
    }

    private String startLine(Invocation app, HttpApi api, boolean hasToken) {
        String store = UriSecrets.masked(app.storeUri());
        String mode = readOnly ? app.say("en lecture seule (--read-only)", "read-only (--read-only)")
                : !hasToken ? app.say("en lecture seule : aucun jeton (--token-file ou " + TokenSource.VARIABLE + ")",
                        "read-only: no token (--token-file or " + TokenSource.VARIABLE + ")")
                : app.say("écritures permises avec le jeton", "writes allowed with the token");
        return app.say("sert " + api.address() + " sur le stockage " + store + ", " + mode + " ; Ctrl-C pour arrêter",
                "serving " + api.address() + " on the store " + store + ", " + mode + "; Ctrl-C to stop");
    }

    private int cannotListen(Invocation app, IllegalStateException e) {
        String address = (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + port;
        boolean inUse = false;
        for (Throwable cause = e; cause != null && !inUse; cause = cause.getCause()) {
            inUse = cause instanceof BindException;
        }
        if (inUse) {
            return Stop.with(app, ExitCodes.FAILURE, "impossible d'écouter sur " + address
                            + " : adresse déjà prise ou non permise (--port ou --bind en choisissent une autre)",
                    "cannot listen on " + address + ": the address is in use or not allowed (--port or --bind "
                            + "choose another)");
        }
        return Stop.with(app, ExitCodes.FAILURE, "impossible d'écouter sur " + address
                        + " : adresse inconnue de cette machine ou non permise",
                "cannot listen on " + address + ": the address is unknown to this machine or not allowed");
    }
}
