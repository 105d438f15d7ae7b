package org.digitalweek.event.export.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.NaughtyProgramme;

/**
 * The Big List of Naughty Strings, as titles written by this project's JSON schedule exporters,
 * comes back intact (but for the surrounding white space every schedule importer strips).
 */
class NaughtyStringsImportTest {

    @Test
    void everyNaughtyTitleComesBackFromFrabJson() {
        assertTitlesComeBack(new FrabJsonExporter(), new FrabJsonImporter());
    }

    @Test
    void everyNaughtyTitleComesBackFromSchedule2() {
        assertTitlesComeBack(new Schedule2Exporter(), new Schedule2Importer());
    }

    private static void assertTitlesComeBack(Exporter exporter, Importer importer) {
        PublicEdition naughty = NaughtyProgramme.edition();
        byte[] json = Editions.export(exporter, naughty, "fr");

        PublicEdition back = Imports.edition(Imports.read(importer, json, ImportContext.named("naughty.json")));

        assertThat(titles(back)).containsExactlyInAnyOrderElementsOf(titles(naughty).stream().map(String::strip)
                .toList());
    }

    private static List<String> titles(PublicEdition edition) {
        return edition.sessions().stream().map(Session::title).map(t -> t.resolve("fr")).toList();
    }
}
