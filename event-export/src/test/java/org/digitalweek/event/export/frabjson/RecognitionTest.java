package org.digitalweek.event.export.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.export.json.CanonicalJsonExporter;
import org.digitalweek.event.export.json.CanonicalJsonImporter;
import org.digitalweek.event.export.support.Corpus;
import org.digitalweek.event.export.support.Editions;

/**
 * The JSON importers claim documents by their first characters: the two schedule importers and the
 * canonical one never claim the same document, and the schedule importers never a canonical edition.
 */
class RecognitionTest {

    private static final int HEAD = 4096;

    private final Importer frab = new FrabJsonImporter();
    private final Importer schedule2 = new Schedule2Importer();
    private final Importer canonical = new CanonicalJsonImporter();

    @ParameterizedTest
    @CsvSource({"camp2019-frab.json, frab-json", "democon-pretalx.json, frab-json", "rc3-pretalx.json, frab-json",
            "38c3-hub-schedule2.json, schedule2", "fosdem-2021.xml, none", "31c3-v1.5.xml, none"})
    void eachCorpusFileIsClaimedByOneImporterAtMost(String file, String claimant) throws IOException {
        String head = head(Files.readAllBytes(Corpus.schedule(file)));

        assertThat(claimants(file, head)).isEqualTo(claimant);
    }

    @Test
    void thisProjectsExportsAreClaimedByTheirOwnImporterOnly() {
        assertThat(claimants("snm.json", head(Editions.export(new FrabJsonExporter(), Editions.sample(), "fr"))))
                .isEqualTo("frab-json");
        assertThat(claimants("snm.json", head(Editions.export(new Schedule2Exporter(), Editions.sample(), "en"))))
                .isEqualTo("schedule2");
        assertThat(claimants("snm.json", head(Editions.export(new CanonicalJsonExporter(), Editions.sample(), "fr"))))
                .isEqualTo("json");
    }

    @Test
    void shapesDecideWhenNoSchemaIsNamed() {
        assertThat(claimants("x.json", "{\"schedule\": {\"conference\": {\"start\": \"2026-01-29T09:00:00Z\""))
                .isEqualTo("schedule2");
        assertThat(claimants("x.json", "{\"schedule\": {\"conference\": {\"start\": \"2026-01-29\", \"daysCount\": 2"))
                .isEqualTo("frab-json");
        assertThat(claimants("x.json", "{\"schedule\": {\"version\": \"1\", \"events\": ["))
                .isEqualTo("schedule2");
        assertThat(claimants("x.json", "{\"schedules\": [], \"conference\": {}}")).isEqualTo("none");
        assertThat(claimants("x.json", "")).isEqualTo("none");
    }

    /** @return the format of the one importer that claims the document, {@code none}, or those that all claim it */
    private String claimants(String file, String head) {
        List<String> claimants = Stream.of(frab, schedule2, canonical).filter(i -> i.recognizes(file, head))
                .map(Importer::formatId).toList();
        return claimants.isEmpty() ? "none" : String.join(" and ", claimants);
    }

    private static String head(byte[] document) {
        return new String(document, 0, Math.min(HEAD, document.length), StandardCharsets.UTF_8);
    }
}
