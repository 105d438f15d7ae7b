package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.domain.boot.FormatCatalogue;

class FormatDiscoveryTest {

    @Test
    void the_service_loader_finds_the_exporter() {
        assertThat(ServiceLoader.load(Exporter.class).stream().map(ServiceLoader.Provider::get))
                .filteredOn(exporter -> exporter.formatId().equals("json"))
                .singleElement().isInstanceOf(CanonicalJsonExporter.class);
    }

    @Test
    void the_service_loader_finds_the_importer() {
        assertThat(ServiceLoader.load(Importer.class).stream().map(ServiceLoader.Provider::get))
                .filteredOn(importer -> importer.formatId().equals("json"))
                .singleElement().isInstanceOf(CanonicalJsonImporter.class);
    }

    @Test
    void the_domain_catalogue_offers_json_both_ways() {
        FormatCatalogue catalogue = FormatCatalogue.discover(getClass().getClassLoader());

        assertThat(catalogue.exporter("json")).get().extracting(Exporter::mediaType)
                .isEqualTo("application/vnd.digitalweek.edition+json");
        assertThat(catalogue.importer("json")).get().extracting(Importer::mediaType)
                .isEqualTo("application/vnd.digitalweek.edition+json");
    }
}
