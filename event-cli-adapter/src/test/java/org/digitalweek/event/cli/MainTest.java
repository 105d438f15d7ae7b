package org.digitalweek.event.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.cli.boot.DefaultStore;

/** The first form of the {@code digitalweek} command, on the embedded default store (a JSON-file folder). */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path home;

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), DefaultStore.implicit("file:" + home.resolve("store")));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsTheSampleEditionsProgrammeDayByDayInFrench() {
        assertThat(run("programme", "snm-2026")).isZero();
        assertThat(out()).contains("Semaine du Numérique au Mali, 3ème édition")
                .contains("jeudi 29 janvier 2026")
                .containsPattern("09:00–11:00 +Salle des banquets +cérémonie d'ouverture +Cérémonie de lancement officiel")
                .contains("Panel de haut niveau sur la gouvernance numérique *")
                .contains("* élément illustratif");
        assertThat(out().indexOf("jeudi 29 janvier")).isLessThan(out().indexOf("vendredi 30 janvier"));
        assertThat(err()).isEmpty();
    }

    @Test
    void speaksEnglishWhenAsked() {
        assertThat(run("programme", "snm-2026", "--lang", "en")).isZero();
        assertThat(out()).contains("Thursday 29 January 2026").contains("Banquet hall")
                .contains("* illustrative item");
    }

    @Test
    void anUnknownEditionIsOneClearLineAndExitCodeTwo() {
        assertThat(run("programme", "snm-1999")).isEqualTo(2);
        assertThat(err()).isEqualTo("digitalweek: l'édition « snm-1999 » n'est pas dans le stockage"
                + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void aMalformedEditionIdNamesTheRuleWithoutAStackTrace() {
        assertThat(run("programme", "bad id", "--lang", "en")).isEqualTo(2);
        assertThat(err()).contains("editionId: must be an id of letters").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aWrongCommandSaysWhatIsWrongAndWhereHelpIs() {
        assertThat(run("programme")).isEqualTo(2);
        assertThat(err()).startsWith("digitalweek: il manque le paramètre « ÉDITION »")
                .contains("Aide : digitalweek programme --help");
        assertThat(run("nonsense", "--lang", "en")).isEqualTo(2);
        assertThat(err()).contains("unknown command: 'nonsense'").contains("The commands: digitalweek --help");
        assertThat(run("programme", "snm-2026", "--day", "demain")).isEqualTo(2);
        assertThat(err()).contains("valeur invalide pour l'option « --day »");
    }

    @Test
    void aMalformedIdIsABadInputOfOneLine() {
        assertThat(run("show", "bad id", "--lang", "en")).isEqualTo(2);
        assertThat(err()).startsWith("digitalweek: the edition asked for: 1 problem")
                .contains("editionId: must be an id of letters")
                .doesNotContain("Exception");
    }

    @Test
    void everyCommandsHelpListsItsExitCodes() {
        for (String command : List.of("editions", "show", "programme", "check", "publish", "diff")) {
            out.reset();
            assertThat(run(command, "--help")).isZero();
            assertThat(out()).as(command).containsPattern("Codes de sortie :\\R  0  ");
        }
    }

    @Test
    void withoutACommandTheUsageListsTheCommandsAndTheExitCodes() {
        assertThat(run()).isZero();
        assertThat(out()).contains("Utilisation : digitalweek").contains("programme").contains("editions")
                .contains("Codes de sortie :").containsPattern("3 +un conflit de stockage");
    }

    @Test
    void theDefaultStoreIsAJsonFolderThatReceivesTheSampleOnce() {
        assertThat(run("programme", "snm-2026")).isZero();
        assertThat(home.resolve("store").resolve("snm-2026.json")).isRegularFile();
        assertThat(run("programme", "snm-2026")).isZero();
        assertThat(err()).isEmpty();
    }

    @Test
    void anotherStoreIsChosenByUriAndIsNotSeeded() throws Exception {
        String sqlite = "jdbc:sqlite:" + home.resolve("week.db");

        assertThat(run("programme", "snm-2026", "--store", sqlite, "--lang", "en")).isEqualTo(2);

        assertThat(err()).isEqualTo("digitalweek: edition 'snm-2026' is not in the store" + System.lineSeparator()
                + "To add the sample edition to this store: digitalweek sample add snm-2026" + System.lineSeparator());
        assertThat(Files.exists(home.resolve("week.db"))).isTrue();
    }

    @Test
    void anUnknownStoreUriListsTheSupportedForms() {
        assertThat(run("programme", "snm-2026", "--store", "ftp://example.org/x", "--lang", "en")).isEqualTo(2);

        assertThat(err()).startsWith("digitalweek: store 'ftp://example.org/x': no store opens this URI; supported: ")
                .contains("file:PATH", "jdbc:sqlite:PATH", "jdbc:postgresql://", "mem:");
    }
}
