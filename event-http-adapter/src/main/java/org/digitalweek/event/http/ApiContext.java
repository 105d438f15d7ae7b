package org.digitalweek.event.http;

import java.util.Objects;

import org.digitalweek.event.domain.port.in.DocumentUseCases;
import org.digitalweek.event.domain.port.in.ProgrammeUseCases;
import org.digitalweek.event.domain.port.in.PublicationUseCases;

/**
 * What every route of the API shares: the use cases it calls, the settings it was started with and
 * the cache of computed bodies. Routes reach the domain through these in-ports only.
 *
 * @param programme       the programme's use cases
 * @param publication     releases and diffs
 * @param documents       import, export and formats
 * @param settings        how the server runs
 * @param representations bodies already computed, by edition version
 */
record ApiContext(ProgrammeUseCases programme, PublicationUseCases publication, DocumentUseCases documents,
                  HttpSettings settings, Representations representations) {

    /** The bytes the cache of bodies holds at most. */
    static final long CACHE_BYTES = 128L * 1024 * 1024;

    ApiContext {
        Objects.requireNonNull(programme, "'programme' must not be null");
        Objects.requireNonNull(publication, "'publication' must not be null");
        Objects.requireNonNull(documents, "'documents' must not be null");
        Objects.requireNonNull(settings, "'settings' must not be null");
        Objects.requireNonNull(representations, "'representations' must not be null");
    }
}
