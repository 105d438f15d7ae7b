package org.digitalweek.event.benchmarks.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.benchmarks.Programmes;

/** Both sides of the round trip at scale do the whole round trip (on a small edition here). */
class JsonRoundTripAtScaleBenchmarkTest {

    @Test
    void bothSidesGiveTheirInputBack() {
        JsonRoundTripAtScaleBenchmark ours = new JsonRoundTripAtScaleBenchmark();
        ours.sessions = 1_000;
        ours.generate(false);
        JsonRoundTripAtScaleBenchmark raw = new JsonRoundTripAtScaleBenchmark();
        raw.sessions = 1_000;
        raw.generate(true);

        assertThat(ours.roundTrip()).isEqualTo(Programmes.federated(1_000));
        assertThat(RawJackson.write(raw.rawRoundTrip()))
                .isEqualTo(Programmes.export(Programmes.exporter("json"), Programmes.federated(1_000)));
        assertThat(System.getProperty(JsonRoundTripAtScaleBenchmark.MAX_DOCUMENT_LENGTH))
                .isEqualTo(String.valueOf(Integer.MAX_VALUE));
    }
}
