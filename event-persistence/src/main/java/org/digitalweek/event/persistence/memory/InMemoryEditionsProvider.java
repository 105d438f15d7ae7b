package org.digitalweek.event.persistence.memory;

import java.util.List;

import org.digitalweek.event.domain.error.StoreUriException;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.port.out.EditionsProvider;

/** Opens {@code mem:}: a new, empty in-memory store each time, gone when the program ends. */
public final class InMemoryEditionsProvider implements EditionsProvider {

    private static final String FORM = "mem:";

    @Override
    public String uriForm() {
        return FORM;
    }

    @Override
    public boolean accepts(String uri) {
        return uri.startsWith("mem:");
    }

    @Override
    public Editions open(String uri) {
        if (!uri.equals(FORM)) {
            throw new StoreUriException(uri, "une mémoire se désigne par « mem: » seul",
                    "an in-memory store is named by 'mem:' alone", List.of(FORM));
        }
        return new InMemoryEditions();
    }
}
