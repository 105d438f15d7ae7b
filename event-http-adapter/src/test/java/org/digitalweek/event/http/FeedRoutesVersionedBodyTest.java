package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.digitalweek.event.domain.boot.Digitalweek;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A feed's body is cached under the version read before it was built, unless a write came in
 * between: then it is served with its own, later version and not cached under the earlier one.
 */
class FeedRoutesVersionedBodyTest {

    private final Digitalweek library = Digitalweek.builder().store("mem:")
            .classLoader(FeedRoutesVersionedBodyTest.class.getClassLoader()).build();
    private final ApiContext api = new ApiContext(library.programme(), library.publication(), library.documents(),
            HttpSettings.loopback(), new Representations(1024 * 1024));
    private final AtomicInteger builds = new AtomicInteger();

    @AfterEach
    void close() {
        library.close();
    }

    private VersionedBody build(long version) {
        builds.incrementAndGet();
        return new VersionedBody(version, ("v" + version).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyOfTheVersionReadIsBuiltOnceAndServedFromTheCache() {
        VersionedBody first = VersionedBody.cached(api, "e", 3, "atom-fr", () -> build(3));
        VersionedBody second = VersionedBody.cached(api, "e", 3, "atom-fr", () -> build(3));

        assertThat(first.version()).isEqualTo(3);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(builds).hasValue(1);
        assertThat(api.representations().size()).isEqualTo(1);
    }

    @Test
    void aBodyOfALaterVersionIsServedWithThatVersionAndNotCachedUnderTheEarlierOne() {
        VersionedBody later = VersionedBody.cached(api, "e", 3, "atom-fr", () -> build(4));

        assertThat(later.version()).isEqualTo(4);
        assertThat(new String(later.body(), StandardCharsets.UTF_8)).isEqualTo("v4");
        assertThat(api.representations().size()).isZero();
        assertThat(VersionedBody.cached(api, "e", 3, "atom-fr", () -> build(3)).version()).isEqualTo(3);
        assertThat(builds).hasValue(2);
    }
}
