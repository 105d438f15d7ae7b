package org.digitalweek.event.export.communique;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.Statement;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.GoldenFiles;

class CommuniqueExporterTest {

    private final CommuniqueExporter exporter = new CommuniqueExporter();

    private static String text(PublicEdition edition, String language) {
        return new String(Editions.export(new CommuniqueExporter(), edition, language), StandardCharsets.UTF_8);
    }

    /** The text with line breaks and no-break spaces as plain spaces, so a fact may span a wrapped line. */
    private static String flat(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void theSampleInFrenchMatchesItsGoldenFile() throws IOException {
        GoldenFiles.assertMatches("snm-2026.fr.communique.txt", Editions.export(exporter, Editions.sample(), "fr"));
    }

    @Test
    void theSampleInEnglishMatchesItsGoldenFile() throws IOException {
        GoldenFiles.assertMatches("snm-2026.en.communique.txt", Editions.export(exporter, Editions.sample(), "en"));
    }

    @Test
    void everyFactOfTheFrenchCommuniqueTracesToTheModel() {
        PublicEdition sample = Editions.sample();
        String text = flat(text(sample, "fr"));
        Session opening = sample.sessions().stream().filter(s -> s.type() == SessionType.OPENING_CEREMONY)
                .findFirst().orElseThrow();

        assertThat(text).contains(sample.title().resolve("fr"), "3e édition",
                sample.theme().title().resolve("fr"), sample.series().name().resolve("fr"));
        for (String id : List.of("alhamdou-ag-ilyene", "aminata-zerbo-sabane", "mohamed-sidi-raliou", "mamou-daffe")) {
            Official official = sample.official(new OfficialId(id)).orElseThrow();
            assertThat(text).contains(official.displayName(), official.postTitle().resolve("fr"));
        }
        assertThat(text)
                .contains("présidée par M. Alhamdou Ag Ilyène")
                .contains("au nom du Premier ministre")
                .contains("en présence de Mme Aminata Zerbo Sabané")
                .contains("(Burkina Faso)", "Ministre (Niger)")
                .contains("jeudi 29 janvier 2026")
                .contains("Salle des banquets", "Centre International de Conférences de Bamako (CICB)", "à Bamako")
                .contains("haut parrainage de M. Mamou Daffé, Ministre de la Culture (Ministère de la Culture, Mali)")
                .contains("Fait à Bamako, le 1er février 2026.");
        for (Statement statement : opening.statements()) {
            assertThat(text).contains("« " + statement.text() + " »");
        }
        // Protocol speaking order: the guest's words before the presiding minister's.
        assertThat(text.indexOf("Nos trois pays")).isLessThan(text.indexOf("Nos défis sont partagés"));
        assertThat(text).contains("économiques », a déclaré Mme Aminata Zerbo Sabané");
    }

    @Test
    void illustrativeFactsAreMarkedAndTheirInventedHoursLeftOut() {
        String text = flat(text(Editions.sample(), "fr"));

        assertThat(text).doesNotContain("9 h", "09:00", "11 h");
        assertThat(text).contains("jeudi 29 janvier 2026 [1]")
                .contains("[1] Heures illustratives : la source donne le jour et la salle de la cérémonie")
                .contains("Panel de haut niveau sur la gouvernance numérique [")
                .contains("Notes aux rédactions");
        assertThat(text).doesNotContain("vendredi 30 janvier", "Salle de conférence");
    }

    @Test
    void theEnglishCommuniqueKeepsFrenchQuotationsInFrenchAndSaysSo() {
        String text = flat(text(Editions.sample(), "en"));

        assertThat(text).contains("on behalf of the Prime Minister", "Thursday 29 January 2026",
                "“Nos défis sont partagés : sécurité, protection des données, lutte contre la désinformation."
                        + " Nos réponses doivent donc être coordonnées.” (in French), said M. Alhamdou Ag Ilyène");
    }

    @Test
    void anEditionWithoutCeremonyPatronOrStatementsLeavesThoseParagraphsOut() {
        PublicEdition sample = Editions.sample();
        PublicEdition stripped = sample.toBuilder()
                .sessions(sample.sessions().stream().filter(s -> s.type() != SessionType.OPENING_CEREMONY).toList())
                .participations(sample.participations().stream().filter(p -> !p.has(ParticipationRole.PATRON)).toList())
                .build();

        for (String language : List.of("fr", "en")) {
            String text = text(stripped, language);
            assertThat(text).doesNotContain("null", "«  »", "“”", "parrainage", "patronage", "présidée", "presided",
                    "a déclaré", "said", "Extraits", "From the addresses", "Ilyène", "Mamou Daffé");
            assertThat(flat(text)).contains(sample.theme().title().resolve(language), "Bamako",
                    language.equals("fr") ? "se tient à Bamako" : "is being held in Bamako");
        }
    }

    @Test
    void aReportedCeremonyStatesItsHoursAndALargeProgrammeIsSummedUp() {
        String raw = text(Editions.generated(), "fr");
        String text = flat(raw);

        assertThat(text).contains("de 9 h à 11 h", "Panels (", "dont :").doesNotContain("null", "Notes aux rédactions");
        assertThat(raw.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(PlainText.WIDTH));
    }

    @Test
    void noLineIsWiderThanTheWidthUnlessItIsOneWord() {
        for (String language : List.of("fr", "en")) {
            text(Editions.sample(), language).lines().filter(l -> l.length() > PlainText.WIDTH)
                    .forEach(l -> assertThat(l.strip()).doesNotContain(" "));
        }
    }
}
