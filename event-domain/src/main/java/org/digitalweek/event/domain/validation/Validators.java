package org.digitalweek.event.domain.validation;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/** Builds the validator factory the library uses when the application gives none. */
public final class Validators {

    private Validators() {
    }

    /**
     * @return a factory of the Bean Validation provider found on the class path or module path
     * @throws jakarta.validation.NoProviderFoundException when no provider is there
     */
    public static ValidatorFactory buildDefaultFactory() {
        return Validation.buildDefaultValidatorFactory();
    }
}
