package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.junit.jupiter.api.Test;

/** The read routes over the in-memory store. */
class ReadRoutesInMemoryTest extends ReadRoutesContract {

    @Override
    TestApi start() {
        return TestApi.inMemory();
    }

    /** The canary every route's body passes would catch what it is meant to catch. */
    @Test
    void the_body_canary_bites_on_a_record_a_class_name_and_a_stack_trace() {
        for (String leak : new String[] {"{\"s\":\"Session[id=masterclass-ia, title=x]\"}",
                "failed: org.digitalweek.event.domain.model.Session", "java.lang.IllegalStateException: boom",
                "\tat org.eclipse.jetty.server.Server.handle(Server.java:1)"}) {
            Reply reply = new Reply("GET", "/", 500, Map.of(), leak.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> BodyCanary.assertClean(reply)).as(leak).isInstanceOf(AssertionError.class);
        }
    }
}
