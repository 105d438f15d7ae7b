package org.digitalweek.event.domain.boot.planted;

import java.util.List;

import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.port.out.Exporter;

/** Breaks "the roots hand out only the in-ports": a facade that hands out the store and the exporters. */
public final class FacadeHandingOutTheStore implements AutoCloseable {

    /** @return the store, which its callers would then use instead of the use cases */
    public Editions editions() {
        throw new UnsupportedOperationException("planted");
    }

    /** @return the exporters, behind a type argument */
    public List<Exporter> exporters() {
        return List.of();
    }

    @Override
    public void close() {
        // nothing to close
    }
}
