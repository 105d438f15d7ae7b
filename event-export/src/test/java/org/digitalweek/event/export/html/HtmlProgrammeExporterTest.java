package org.digitalweek.event.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.GoldenFiles;

/** The HTML page of the sample, against its golden files, and how the page treats hostile data. */
class HtmlProgrammeExporterTest {

    private final HtmlProgrammeExporter exporter = new HtmlProgrammeExporter();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "en"})
    void theSampleMatchesItsGoldenFile(String language) throws IOException {
        GoldenFiles.assertMatches("snm-2026." + language + ".html", Editions.export(exporter, Editions.sample(), language));
    }

    @Test
    void thePageSpeaksTheContextLanguage() {
        String french = page(Editions.sample(), "fr");
        String english = page(Editions.sample(), "en");

        assertThat(french).contains("<html lang=\"fr\">", "Grille par jour et par salle", "jeudi 29 janvier 2026",
                "illustratif", "Page générée le 1er février 2026 à 12:00");
        assertThat(english).contains("<html lang=\"en\">", "Grid by day and room", "Thursday 29 January 2026",
                "illustrative", "Page generated on 1 February 2026 at 12:00");
    }

    @Test
    void aPageAndLinksAreEscapedAttributesWithNoopenerAndTheirTitlesOrKindWordsInTheLanguage() {
        String english = page(EditionVariants.linked(), "en");

        assertThat(english).contains("<a href=\"https://snm.example.ml/2026/programme/lancement?lang=fr&amp;vue="
                + "&#39;plein&#39;\" rel=\"external noopener\">Official launch of the 3rd edition</a>",
                "<ul class=\"links\" aria-label=\"Links\">",
                "<li class=\"link livestream\"><a href=\"https://live.example.ml/snm/banquets\" rel=\"external "
                        + "noopener\">Live stream</a></li>",
                ">&lt;b&gt;Diapos&lt;/b&gt; &amp; &quot;co&quot;</span></a>",
                "rel=\"external noopener\">Recording</a>");
        assertThat(page(EditionVariants.linked(), "fr")).contains("aria-label=\"Liens\"", ">Direct</a>",
                ">Enregistrement</a>");
    }

    @Test
    void aLanguageOfNeitherFrenchNorEnglishGetsTheWordsOfTheEditionsLanguage() {
        String bambara = page(Editions.sample(), "bm");

        assertThat(bambara).contains("<html lang=\"fr\">", "Programme détaillé").doesNotContain("Detailed programme");
    }

    @Test
    void anEditionTitledInEnglishGivesEnglishWordsToABambaraReaderAndMarksFrenchTexts() {
        PublicEdition english = Editions.sample().toBuilder()
                .title(LocalizedText.of("en", "Mali Digital Week, 3rd edition")).build();
        assertThat(english.defaultLanguage()).isEqualTo("en");

        String bambara = page(english.withSession(frenchOnlyOpening()), "bm");

        assertThat(bambara).contains("<html lang=\"en\">", "Detailed programme", "<span lang=\"fr\">Ouverture</span>");
    }

    private static Session frenchOnlyOpening() {
        Session s = Editions.sample().session(new SessionId("ceremonie-de-lancement")).orElseThrow();
        return new Session(s.id(), s.type(), LocalizedText.fr("Ouverture"), LocalizedText.EMPTY, s.track(), s.slot(),
                s.room(), s.participants(), s.languages(), s.status(), s.expectedAttendance(), s.statements(),
                s.provenance(), s.parallelAllowed(), s.origin());
    }

    @Test
    void thePageIsSelfContained() {
        String page = page(Editions.sample(), "fr");

        assertThat(page).contains("Content-Security-Policy", "default-src &#39;none&#39;")
                .doesNotContain("http://", "https://", "<link", "<img", "src=", "@import", "url(");
    }

    @Test
    void dataIsEscapedInTextAndAttributes() {
        PublicEdition hostile = HostileEditions.withTitles("<script>alert(1)</script>", "\"onmouseover=\"x",
                "Tom & Jerry's <b>");

        String page = page(hostile, "fr");

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;onmouseover=&quot;x",
                "Tom &amp; Jerry&#39;s &lt;b&gt;")
                .doesNotContain("<script>alert(1)", "\"onmouseover=\"x", "<b>");
        assertThat(page.split("<script>", -1)).as("only the page's own script").hasSize(2);
        assertThat(HtmlWriter.escape("&<>\"'")).isEqualTo("&amp;&lt;&gt;&quot;&#39;");
    }

    @Test
    void cancelledSessionsAreStruckThroughAndSaySo() {
        PublicEdition edition = HostileEditions.withFirstSessionCancelled();

        assertThat(page(edition, "fr")).contains("class=\"session cancelled\"", "annulée");
        assertThat(page(edition, "en")).contains("class=\"cell-session cancelled\"", "cancelled");
    }

    private String page(PublicEdition edition, String language) {
        return new String(Editions.export(exporter, edition, language), StandardCharsets.UTF_8);
    }
}
