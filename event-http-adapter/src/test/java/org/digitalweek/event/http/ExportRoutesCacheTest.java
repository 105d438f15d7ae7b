package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.digitalweek.event.domain.draft.SlotDraft;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.port.in.DocumentUseCases;
import org.digitalweek.event.domain.port.in.MoveSessionCommand;
import org.digitalweek.event.http.support.ApiClient;
import org.digitalweek.event.http.support.TestApi;
import org.junit.jupiter.api.Test;

/**
 * Exports are computed once per (version, format, language), counted at the in-port: a server
 * over a document port that counts the exports it is asked for.
 */
class ExportRoutesCacheTest {

    private static final String EDITION = "/editions/" + TestApi.SAMPLE;

    @Test
    void an_export_is_computed_once_per_version_format_and_language() {
        try (TestApi library = TestApi.inMemory()) {
            AtomicInteger exports = new AtomicInteger();
            DocumentUseCases counted = counting(library.library().documents(), exports);
            try (HttpApi api = HttpApi.start(HttpSettings.loopback(), library.library().programme(),
                    library.library().publication(), counted)) {
                ApiClient client = new ApiClient(api.address());

                byte[] first = client.get(EDITION + "/export/ics?lang=fr").body();
                byte[] second = client.get(EDITION + "/export/ics?lang=fr").body();
                client.get(EDITION, "Accept", "text/calendar", "Accept-Language", "fr");
                assertThat(second).isEqualTo(first);
                assertThat(exports).hasValue(1);

                client.get(EDITION + "/export/ics?lang=en");
                client.get(EDITION + "/export/html?lang=fr");
                assertThat(exports).hasValue(3);

                client.get(EDITION);
                client.get(EDITION + "/sessions");
                client.get(EDITION + "/sessions/masterclass-ia");
                client.get(EDITION);
                assertThat(exports).as("the canonical JSON, parsed once for every JSON body").hasValue(4);

                long version = library.library().programme().editions(EditionQuery.ALL).get(0).version();
                library.library().programme().move(new MoveSessionCommand(TestApi.SAMPLE, version, "masterclass-ia",
                        new SlotDraft(LocalDateTime.parse("2026-01-31T14:00"), LocalDateTime.parse("2026-01-31T16:00")),
                        null));
                String after = client.get(EDITION + "/export/ics?lang=fr").text();
                assertThat(after).isNotEqualTo(new String(first, java.nio.charset.StandardCharsets.UTF_8));
                assertThat(exports).as("a new version is exported anew").hasValue(5);
            }
        }
    }

    private static DocumentUseCases counting(DocumentUseCases documents, AtomicInteger exports) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("export")) {
                exports.incrementAndGet();
            }
            try {
                return method.invoke(documents, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (DocumentUseCases) Proxy.newProxyInstance(DocumentUseCases.class.getClassLoader(),
                new Class<?>[] {DocumentUseCases.class}, handler);
    }
}
