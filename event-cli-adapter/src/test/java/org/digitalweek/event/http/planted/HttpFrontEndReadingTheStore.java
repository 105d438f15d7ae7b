package org.digitalweek.event.http.planted;

import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.port.out.Editions;

/** Breaks "driving adapters use only the in-ports": an HTTP front end that loads editions from the store. */
public class HttpFrontEndReadingTheStore {
    private final Editions editions;

    /** @param editions the store, handed to it as a front end should never need */
    public HttpFrontEndReadingTheStore(Editions editions) {
        this.editions = editions;
    }

    boolean exists(String id) {
        return editions.load(new EditionId(id)).isPresent();
    }
}
