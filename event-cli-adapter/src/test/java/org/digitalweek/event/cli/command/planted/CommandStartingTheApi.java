package org.digitalweek.event.cli.command.planted;

import org.digitalweek.event.domain.port.in.DocumentUseCases;
import org.digitalweek.event.domain.port.in.ProgrammeUseCases;
import org.digitalweek.event.domain.port.in.PublicationUseCases;
import org.digitalweek.event.http.HttpApi;
import org.digitalweek.event.http.HttpSettings;

/**
 * Breaks "only the root starts the HTTP API": a command that starts the server itself, on use cases of
 * its own choosing, instead of asking the composition root to serve.
 */
public class CommandStartingTheApi {

    HttpApi serve(ProgrammeUseCases programme, PublicationUseCases publication, DocumentUseCases documents) {
        return HttpApi.start(HttpSettings.loopback(), programme, publication, documents);
    }
}
