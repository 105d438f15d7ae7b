package org.digitalweek.event.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.digitalweek.event.domain.fixtures.NaughtyStrings;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.boot.FormatCatalogue;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.NaughtyProgramme;

/**
 * Every exporter writes the edition whose every free-text field holds the Big List of Naughty Strings,
 * the same way every time. Each format's own tests run its validator on this edition too.
 */
class NaughtyStringsTest {

    private static PublicEdition naughty;

    @BeforeAll
    static void build() {
        naughty = NaughtyProgramme.edition();
    }

    static Stream<Exporter> exporters() {
        return FormatCatalogue.discover(NaughtyStringsTest.class.getClassLoader()).exporters().stream();
    }

    @Test
    void jacksonReadsTheListAsTheFixturesHandReaderDoes() {
        List<String> byJackson = JsonMapper.builder().build().readValue(NaughtyStrings.path().toFile(),
                new TypeReference<List<String>>() { });

        assertThat(NaughtyStrings.all()).isEqualTo(byJackson).hasSize(485);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exporters")
    void everyFormatWritesTheNaughtyStrings(Exporter exporter) {
        assertThat(naughty.sessions().size()).as("naughty sessions accepted by validation").isGreaterThan(400);

        byte[] output = Editions.export(exporter, naughty, "fr");

        assertThat(output).isNotEmpty().isEqualTo(Editions.export(exporter, naughty, "fr"));
    }
}
