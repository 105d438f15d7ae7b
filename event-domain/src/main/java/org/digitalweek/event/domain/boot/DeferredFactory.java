package org.digitalweek.event.domain.boot;

import java.util.function.Supplier;

import jakarta.validation.Configuration;
import jakarta.validation.ValidatorFactory;

/**
 * The validator factory the library builds for itself, on the first input that needs it: building it
 * costs a short command (a read of one edition) most of its start. Closed with the library, if built.
 */
final class DeferredFactory implements Supplier<ValidatorFactory> {

    private final Configuration<?> configuration;
    private ValidatorFactory built;
    private boolean closed;

    /** @param configuration the provider's configuration, found already so that a missing provider fails early */
    DeferredFactory(Configuration<?> configuration) {
        this.configuration = configuration;
    }

    @Override
    public synchronized ValidatorFactory get() {
        if (closed) {
            throw new IllegalStateException("the library is closed");
        }
        if (built == null) {
            built = configuration.buildValidatorFactory();
        }
        return built;
    }

    /** Closes the factory if it was built; none is built after. */
    synchronized void close() {
        closed = true;
        if (built != null) {
            built.close();
        }
    }
}
