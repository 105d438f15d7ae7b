package org.digitalweek.event.domain.boot;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

import org.digitalweek.event.domain.error.StoreUriException;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.port.out.EditionsProvider;

/**
 * The stores found with {@link ServiceLoader}, chosen by URI: {@code mem:}, {@code file:PATH},
 * {@code jdbc:sqlite:PATH}, {@code jdbc:postgresql://…}, and any a third-party jar provides.
 */
public final class StoreCatalogue {

    private final List<EditionsProvider> providers;

    private StoreCatalogue(List<EditionsProvider> providers) {
        this.providers = providers;
    }

    /**
     * @param loader the class loader to search
     * @return the stores it provides, by URI form
     */
    public static StoreCatalogue discover(ClassLoader loader) {
        Objects.requireNonNull(loader, "'loader' must not be null");
        return new StoreCatalogue(ServiceLoader.load(EditionsProvider.class, loader).stream()
                .map(ServiceLoader.Provider::get).sorted(Comparator.comparing(EditionsProvider::uriForm)).toList());
    }

    /** @return the forms of URI that can be opened, e.g. {@code file:PATH} */
    public List<String> supported() {
        return providers.stream().map(EditionsProvider::uriForm).toList();
    }

    /**
     * @param uri a store URI
     * @return the open store; the caller closes it
     * @throws StoreUriException when no store opens that URI, or it is malformed; the message lists the supported forms
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be opened
     */
    public Editions open(String uri) {
        Objects.requireNonNull(uri, "'uri' must not be null");
        return providers.stream().filter(p -> p.accepts(uri)).findFirst()
                .orElseThrow(() -> new StoreUriException(uri, "aucun magasin ne reconnaît cette adresse",
                        "no store opens this URI", supported()))
                .open(uri);
    }
}
