package org.digitalweek.event.cli.boot.planted;

import org.digitalweek.event.domain.port.out.Editions;

/** Breaks "the roots hand out only the in-ports": a composition root with a getter for the store. */
public final class RootHandingOutTheStore implements AutoCloseable {

    /** @return the store, which the commands would then use instead of the use cases */
    public Editions editions() {
        throw new UnsupportedOperationException("planted");
    }

    @Override
    public void close() {
        // nothing to close
    }
}
