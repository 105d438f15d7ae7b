package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.digitalweek.event.domain.boot.Digitalweek;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A body is cached under the version read before it was built, unless a write came in between:
 * then it is served with its own, later version and kept under that one only; a body not worth
 * keeping is served and not kept.
 */
class CachedBodiesTest {

    private final Digitalweek library = Digitalweek.builder().store("mem:")
            .classLoader(CachedBodiesTest.class.getClassLoader()).build();
    private final ApiContext api = new ApiContext(library.programme(), library.publication(), library.documents(),
            HttpSettings.loopback(), new Representations(1024 * 1024));
    private final AtomicInteger builds = new AtomicInteger();

    @AfterEach
    void close() {
        library.close();
    }

    private CachedBodies.Body build(long version, boolean keep) {
        builds.incrementAndGet();
        return new CachedBodies.Body(version, ("v" + version).getBytes(StandardCharsets.UTF_8), keep);
    }

    @Test
    void aBodyOfTheVersionReadIsBuiltOnceAndServedFromTheCache() {
        CachedBodies.Body first = CachedBodies.get(api, "e", 3, "atom-fr", () -> build(3, true));
        CachedBodies.Body second = CachedBodies.get(api, "e", 3, "atom-fr", () -> build(3, true));

        assertThat(first.version()).isEqualTo(3);
        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(builds).hasValue(1);
        assertThat(api.representations().size()).isEqualTo(1);
    }

    @Test
    void aBodyOfALaterVersionIsServedWithThatVersionAndKeptUnderThatOneOnly() {
        CachedBodies.Body later = CachedBodies.get(api, "e", 3, "atom-fr", () -> build(4, true));

        assertThat(later.version()).isEqualTo(4);
        assertThat(new String(later.bytes(), StandardCharsets.UTF_8)).isEqualTo("v4");
        assertThat(CachedBodies.get(api, "e", 4, "atom-fr", () -> build(4, true)).version()).isEqualTo(4);
        assertThat(builds).as("version 4 came from the cache").hasValue(1);
        assertThat(CachedBodies.get(api, "e", 3, "atom-fr", () -> build(3, true)).version()).isEqualTo(3);
        assertThat(builds).as("version 3 was never kept").hasValue(2);
    }

    @Test
    void aBodyNotWorthKeepingIsServedAndBuiltAgainNextTime() {
        CachedBodies.get(api, "e", 3, "sessions-none", () -> build(3, false));
        CachedBodies.get(api, "e", 3, "sessions-none", () -> build(3, false));

        assertThat(builds).hasValue(2);
        assertThat(api.representations().size()).isZero();
    }
}
