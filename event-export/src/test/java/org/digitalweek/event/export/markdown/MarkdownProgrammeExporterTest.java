package org.digitalweek.event.export.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.GoldenFiles;

/** The Markdown programme of the sample, against its golden files, and how it treats markup in data. */
class MarkdownProgrammeExporterTest {

    private final MarkdownProgrammeExporter exporter = new MarkdownProgrammeExporter();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "en"})
    void theSampleMatchesItsGoldenFile(String language) throws IOException {
        GoldenFiles.assertMatches("snm-2026." + language + ".md", Editions.export(exporter, Editions.sample(), language));
    }

    @Test
    void markdownInDataIsEscaped() {
        List<Session> sessions = new ArrayList<>(Editions.sample().programme());
        Session first = sessions.get(0);
        String title = "*bold* _it_ [link](http://x) <b> `code` # | ~~x~~ & \\ !";
        sessions.set(0, new Session(first.id(), first.type(), LocalizedText.frEn(title, title), first.summary(),
                first.track(), first.slot(), first.room(), first.participants(), first.languages(),
                SessionStatus.CANCELLED, first.expectedAttendance(), first.statements(), first.provenance(),
                first.parallelAllowed(), first.origin()));
        PublicEdition edition = Editions.sample().toBuilder().sessions(sessions).build();

        String markdown = new String(Editions.export(exporter, edition, "fr"), StandardCharsets.UTF_8);

        assertThat(markdown).contains("~~**\\*bold\\* \\_it\\_ \\[link\\](http://x) \\<b\\> \\`code\\` \\# \\| "
                + "\\~\\~x\\~\\~ \\& \\\\ \\!**~~ (cérémonie d’ouverture, annulée)");
    }

    @Test
    void aSessionsTitleLinksToItsPageAndItsLinksFollowWithTheirTitlesOrKinds() {
        String markdown = new String(Editions.export(exporter, EditionVariants.linked(), "fr"), StandardCharsets.UTF_8);

        String opening = markdown.lines().filter(l -> l.contains("lancement officiel")).findFirst().orElseThrow();
        assertThat(opening).contains("[**Cérémonie de lancement officiel de la 3ème édition**](<" + EditionVariants.OPENING_PAGE
                + ">)");
        assertThat(opening).endsWith(" · **Liens** : [Direct](<https://live.example.ml/snm/banquets>) ; "
                + "[\\<b\\>Diapos\\</b\\> \\& \"co\"](<https://snm.example.ml/docs/diapos.pdf>) ; "
                + "[Enregistrement](<https://video.example.ml/v/lancement>) ; "
                + "[Programme officiel](<https://snm.example.ml/docs/programme%20officiel.pdf>)");
        assertThat(markdown.lines().filter(l -> l.contains("](<"))).hasSize(1);
    }
}
