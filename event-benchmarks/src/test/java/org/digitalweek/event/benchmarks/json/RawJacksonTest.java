package org.digitalweek.event.benchmarks.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.benchmarks.Programmes;
import org.digitalweek.event.domain.model.PublicEdition;

/** The limit writes and reads the very documents the exporter writes. */
class RawJacksonTest {

    @Test
    void writesTheExportersDocumentByteForByte() {
        PublicEdition week = Programmes.federated(1_000);
        byte[] document = Programmes.export(Programmes.exporter("json"), week);

        assertThat(RawJackson.write(RawJackson.read(document))).isEqualTo(document);
    }

    @Test
    void theCanonicalRoundTripGivesTheEditionBack() {
        PublicEdition week = Programmes.federated(1_000);

        assertThat(Programmes.jsonRoundTrip(week)).isEqualTo(week);
    }
}
