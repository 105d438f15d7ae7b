package org.digitalweek.event.export.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.boot.FormatCatalogue;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.GoldenFiles;

class JsonLdExporterTest {

    private static final Exporter JSON_LD = new JsonLdExporter();

    @TempDir
    Path folder;

    @Test
    void the_sample_matches_its_golden_files() throws IOException {
        GoldenFiles.assertMatches("snm-2026.fr.jsonld", Editions.export(JSON_LD, Editions.sample(), "fr"));
        GoldenFiles.assertMatches("snm-2026.en.jsonld", Editions.export(JSON_LD, Editions.sample(), "en"));
    }

    @Test
    void the_service_loader_offers_it() {
        assertThat(FormatCatalogue.discover(getClass().getClassLoader()).exporter("jsonld")).get()
                .isInstanceOf(JsonLdExporter.class)
                .extracting(Exporter::mediaType).isEqualTo("application/ld+json");
    }

    @Test
    void pyld_expands_the_sample_offline_into_the_expected_schema_org_graph() throws IOException {
        byte[] export = Editions.export(JSON_LD, Editions.sample(), "fr");

        assertThat(new String(export, StandardCharsets.UTF_8)).contains("\"@context\": \"https://schema.org/\"");
        assertThat(PyLd.check(export, "sample", Editions.sample().sessions().size(), folder)).startsWith("OK");
    }

    @Test
    void pyld_expands_two_thousand_sessions_offline() throws IOException {
        byte[] export = Editions.export(JSON_LD, Editions.generated(), "fr");

        assertThat(PyLd.check(export, "generated", 2_000, folder)).startsWith("OK");
    }

    @Test
    void a_cancelled_session_is_cancelled_and_a_tentative_one_scheduled_and_marked() throws IOException {
        PublicEdition sample = Editions.sample();
        Session opening = sample.session(new SessionId("ceremonie-de-lancement"))
                .orElseThrow();
        Session panel = sample.session(new SessionId("panel-gouvernance-numerique"))
                .orElseThrow();
        PublicEdition changed = sample.withSession(opening.withStatus(SessionStatus.CANCELLED))
                .withSession(panel.withStatus(SessionStatus.TENTATIVE));

        byte[] export = Editions.export(JSON_LD, changed, "en");
        String text = new String(export, StandardCharsets.UTF_8);

        assertThat(text).contains("https://schema.org/EventCancelled").contains("\"[tentative] [illustrative: ");
        assertThat(PyLd.check(export, "changed", sample.sessions().size(), folder)).startsWith("OK");
    }

    @Test
    void a_sessions_page_and_links_are_in_the_schema_org_properties_defined_for_them() throws IOException {
        PublicEdition linked = EditionVariants.linked();

        byte[] export = Editions.export(JSON_LD, linked, "fr");

        assertThat(new String(export, StandardCharsets.UTF_8)).contains("\"url\": \"" + EditionVariants.OPENING_PAGE
                + "\"").doesNotContain("sameAs");
        assertThat(PyLd.check(export, "linked", linked.sessions().size(), folder, EditionVariants.OPENING_PAGE,
                EditionVariants.HOSTILE_LINK_TITLE)).startsWith("OK");
    }
}
