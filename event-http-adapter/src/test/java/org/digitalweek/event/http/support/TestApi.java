package org.digitalweek.event.http.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.digitalweek.event.domain.boot.Digitalweek;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.http.ApiToken;
import org.digitalweek.event.http.HttpApi;
import org.digitalweek.event.http.HttpSettings;

/**
 * A server under test: the library over a real store (in memory or PostgreSQL) holding the bundled
 * sample edition {@value #SAMPLE}, served on a free loopback port, with a client and the token.
 */
public final class TestApi implements AutoCloseable {

    /** The sample edition every server starts with. */
    public static final String SAMPLE = "snm-2026";

    /** The token writes present. */
    public static final String TOKEN = "test-token-0123456789abcdef";

    private final Digitalweek library;
    private final HttpApi api;
    private final ApiClient client;

    private TestApi(Digitalweek library, HttpApi api) {
        this.library = library;
        this.api = api;
        this.client = new ApiClient(api.address());
    }

    /** @return a writable server over an in-memory store */
    public static TestApi inMemory() {
        return over("mem:", writable());
    }

    /** @return a writable server over a fresh PostgreSQL schema */
    public static TestApi postgres() {
        return over(TestPostgres.freshStoreUri(), writable());
    }

    /** @return the settings of a writable loopback server with {@link #TOKEN} */
    public static HttpSettings writable() {
        return HttpSettings.loopback().withToken(ApiToken.of(TOKEN));
    }

    /**
     * @param storeUri the store
     * @param settings how to serve
     * @return a server over that store, the sample imported when the store is empty
     */
    public static TestApi over(String storeUri, HttpSettings settings) {
        Digitalweek library = Digitalweek.builder().store(storeUri).classLoader(TestApi.class.getClassLoader()).build();
        try {
            if (library.programme().editions(org.digitalweek.event.domain.model.EditionQuery.ALL).isEmpty()) {
                importSample(library);
            }
            return new TestApi(library, HttpApi.start(settings, library.programme(), library.publication(),
                    library.documents()));
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
    }

    private static void importSample(Digitalweek library) {
        try (InputStream sample = sampleDocument()) {
            library.documents().importEdition(
                    ImportEditionCommand.create("json", new ImportContext(SAMPLE + ".json", Optional.empty())), sample);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the sample edition's canonical JSON document, as bundled */
    public static InputStream sampleDocument() {
        InputStream in = TestApi.class.getResourceAsStream("/org/digitalweek/event/export/sample/" + SAMPLE + ".json");
        if (in == null) {
            throw new IllegalStateException("the bundled sample edition is not on the test class path");
        }
        return in;
    }

    /** @return the client of this server */
    public ApiClient client() {
        return client;
    }

    /** @return the running server */
    public HttpApi api() {
        return api;
    }

    /** @return the library behind the server, to check what is stored */
    public Digitalweek library() {
        return library;
    }

    @Override
    public void close() {
        try {
            api.close();
        } finally {
            library.close();
        }
    }
}
