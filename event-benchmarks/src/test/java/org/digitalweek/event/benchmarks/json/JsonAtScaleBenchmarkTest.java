package org.digitalweek.event.benchmarks.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.benchmarks.Programmes;

/** Both sides of the round trip at scale do the whole round trip (on a small edition here). */
class JsonAtScaleBenchmarkTest {

    @Test
    void bothSidesGiveTheirInputBack() {
        JsonAtScaleBenchmark ours = new JsonAtScaleBenchmark();
        ours.sessions = 1_000;
        ours.generate(false);
        JsonAtScaleBenchmark raw = new JsonAtScaleBenchmark();
        raw.sessions = 1_000;
        raw.generate(true);

        assertThat(ours.roundTrip()).isEqualTo(Programmes.federated(1_000));
        assertThat(RawJackson.write(raw.rawRoundTrip()))
                .isEqualTo(Programmes.export(Programmes.exporter("json"), Programmes.federated(1_000)));
        assertThat(System.getProperty(JsonAtScaleBenchmark.MAX_DOCUMENT_LENGTH))
                .isEqualTo(String.valueOf(Integer.MAX_VALUE));
    }
}
