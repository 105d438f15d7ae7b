package org.digitalweek.event.domain.service.planted;

import java.util.List;
import java.util.ServiceLoader;

import org.digitalweek.event.domain.port.out.EditionsProvider;

/** Breaks "only the facade discovers adapters": a service that looks the stores up itself. */
public final class ServiceDiscoveringStores {

    private ServiceDiscoveringStores() {
    }

    /** @return the stores found on the class path */
    public static List<EditionsProvider> stores() {
        return ServiceLoader.load(EditionsProvider.class).stream().map(ServiceLoader.Provider::get).toList();
    }
}
