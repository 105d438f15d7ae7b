package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.digitalweek.event.domain.port.in.DocumentUseCases;
import org.digitalweek.event.domain.port.in.ProgrammeUseCases;
import org.digitalweek.event.domain.port.in.PublicationUseCases;
import org.digitalweek.event.http.support.ApiClient;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.junit.jupiter.api.Test;

/** A failure nobody foresaw: the client reads a 500 problem that says nothing of the inside; the log says what. */
class UnexpectedFailureTest {

    private static <T> T failing(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("toString") ? "failing " + type.getSimpleName() : null;
            }
            throw new IllegalStateException("disk on fire in /var/secret");
        }));
    }

    @Test
    void theClientGetsA500ProblemWithoutTheCauseAndTheLogNamesIt() {
        List<String> log = new CopyOnWriteArrayList<>();
        try (HttpApi api = HttpApi.start(HttpSettings.loopback().withRequestLog(log::add),
                failing(ProgrammeUseCases.class), failing(PublicationUseCases.class),
                failing(DocumentUseCases.class))) {
            Reply reply = new ApiClient(api.address()).get("/editions?lang=en");

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.header("content-type")).startsWith("application/problem+json");
            assertThat(reply.json().get("type").asString()).isEqualTo("/problems/server-failure");
            assertThat(reply.text()).doesNotContain("disk on fire", "/var/secret", "IllegalStateException", "at org.");
            assertThat(log).anySatisfy(line -> assertThat(line)
                    .startsWith("GET /editions 500")
                    .endsWith("— java.lang.IllegalStateException: disk on fire in /var/secret"));
        }
    }
}
