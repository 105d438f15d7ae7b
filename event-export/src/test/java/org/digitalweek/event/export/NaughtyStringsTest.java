package org.digitalweek.event.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.service.FormatCatalogue;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.NaughtyEditions;

/**
 * Every exporter writes the edition whose session titles and abstracts are the Big List of Naughty
 * Strings, the same way every time. Each format's own tests run its validator on this edition too.
 */
class NaughtyStringsTest {

    private static PublicEdition naughty;

    @BeforeAll
    static void build() {
        naughty = NaughtyEditions.edition();
    }

    static Stream<Exporter> exporters() {
        return FormatCatalogue.discover(NaughtyStringsTest.class.getClassLoader()).exporters().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exporters")
    void everyFormatWritesTheNaughtyStrings(Exporter exporter) {
        assertThat(naughty.sessions().size()).as("naughty sessions accepted by validation").isGreaterThan(400);

        byte[] output = Editions.export(exporter, naughty, "fr");

        assertThat(output).isNotEmpty().isEqualTo(Editions.export(exporter, naughty, "fr"));
    }
}
