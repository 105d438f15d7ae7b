package org.digitalweek.event.export.support;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.digitalweek.event.domain.boot.Digitalweek;
import org.digitalweek.event.domain.port.in.DocumentUseCases;
import org.digitalweek.event.domain.port.out.Editions;

/**
 * The document use cases as an application gets them, from the library's facade, over a test's
 * store, with every format this module declares. One validator factory serves them all: building
 * one per test would cost more than the tests.
 */
public final class DocumentsOverAStore {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private DocumentsOverAStore() {
    }

    /**
     * @param store the store; left open, as the facade is never closed here
     * @return import, export and the formats over it
     */
    public static DocumentUseCases over(Editions store) {
        return Digitalweek.builder().store(store).validatorFactory(FACTORY)
                .classLoader(DocumentsOverAStore.class.getClassLoader()).build().documents();
    }
}
