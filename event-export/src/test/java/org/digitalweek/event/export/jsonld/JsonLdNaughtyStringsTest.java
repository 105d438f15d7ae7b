package org.digitalweek.event.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.NaughtyProgramme;

/** pyld expands the edition of naughty strings into the same schema.org graph shape. */
class JsonLdNaughtyStringsTest {

    @TempDir
    Path folder;

    @Test
    void pyldExpandsTheNaughtyEdition() throws IOException {
        PublicEdition naughty = NaughtyProgramme.edition();

        String result = PyLd.check(Editions.export(new JsonLdExporter(), naughty, "fr"), "naughty",
                naughty.sessions().size(), folder);

        assertThat(result).startsWith("OK");
    }

    @Test
    void pyldExpandsAnEditionWithNoHostCityOrCountry() throws IOException {
        PublicEdition unplaced = EditionVariants.withoutHost();

        String result = PyLd.check(Editions.export(new JsonLdExporter(), unplaced, "en"), "no host",
                unplaced.sessions().size(), folder);

        assertThat(result).startsWith("OK");
    }
}
