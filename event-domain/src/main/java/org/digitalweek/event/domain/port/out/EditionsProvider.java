package org.digitalweek.event.domain.port.out;

/**
 * Service-provider interface: opens a kind of store from its URI. Implementations are found with
 * {@link java.util.ServiceLoader}, so a third-party jar can add a store.
 */
public interface EditionsProvider {

    /**
     * @return the form of the URIs it opens, for messages, e.g. {@code file:PATH} or
     *         {@code jdbc:postgresql://HOST[:PORT]/DATABASE}
     */
    String uriForm();

    /**
     * @param uri a store URI
     * @return whether this provider opens it (by its scheme; the rest may still be malformed)
     */
    boolean accepts(String uri);

    /**
     * @param uri a URI that {@link #accepts(String)} accepted
     * @return the open store; the caller closes it
     * @throws org.digitalweek.event.domain.error.StoreUriException when the URI is malformed
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be opened
     */
    Editions open(String uri);
}
