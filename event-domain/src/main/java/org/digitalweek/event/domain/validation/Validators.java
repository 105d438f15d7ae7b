package org.digitalweek.event.domain.validation;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/** Builds the validator factory the library uses when the application gives none. */
public final class Validators {

    private Validators() {
    }

    /**
     * The default provider's factory with the library's {@link LibraryMessageInterpolator}. Given an
     * interpolator, a provider need not build its own, which needs an expression-language
     * implementation (Hibernate Validator's fails without one): an application adds the provider only.
     *
     * @return a factory of the Bean Validation provider found on the class path or module path;
     *         the caller closes it
     * @throws jakarta.validation.NoProviderFoundException when no provider is there
     */
    public static ValidatorFactory buildDefaultFactory() {
        return defaultConfiguration().buildValidatorFactory();
    }

    /**
     * The configuration {@link #buildDefaultFactory()} builds from: the provider is found now, the
     * factory, the costly part, is built when {@link Configuration#buildValidatorFactory()} is called.
     *
     * @return the default provider's configuration with the library's {@link LibraryMessageInterpolator}
     * @throws jakarta.validation.NoProviderFoundException when no provider is there
     */
    public static Configuration<?> defaultConfiguration() {
        return Validation.byDefaultProvider().configure().messageInterpolator(new LibraryMessageInterpolator());
    }
}
