package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.boot.DefaultStore;
import org.digitalweek.event.cli.command.CommandRun.Ran;
import org.digitalweek.event.cli.text.Terminal;

/**
 * One rule for the sample edition: the implicit default store receives it, any store the user names
 * starts empty, and {@code digitalweek sample add} adds it to any store.
 */
class SampleCommandTest extends CommandTests {

    private String named() {
        return "file:" + home.resolve("named");
    }

    @Test
    void theImplicitDefaultStoreReceivesTheSampleAndANamedOneStartsEmpty() {
        assertThat(run("editions").out()).contains("snm-2026");
        assertThat(run("editions", "--store", named()).out()).isEqualTo("Aucune édition dans le stockage." + NL);
    }

    @Test
    void aDefaultStoreNamedByTheEnvironmentStartsEmpty() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"editions", "--lang", "en"}, InputStream.nullInputStream(), out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Terminal.PLAIN,
                DefaultStore.named(named()), CommandRunner.CLOCK);

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("No edition in the store." + NL);
    }

    @Test
    void sampleAddPlansEverySampleInANamedStore() {
        Ran added = run("sample", "add", "--store", named());

        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).isEqualTo("Ajoutée au stockage : snm-2026, 5 sessions "
                + "(Semaine du Numérique au Mali, 3ème édition)" + NL);
        Ran programme = run("programme", "snm-2026", "--store", named(), "--lang", "en");
        assertThat(programme.code()).isZero();
        assertThat(programme.out()).contains("Thursday 29 January 2026");
    }

    @Test
    void anIdTheStoreHoldsIsRefusedAndNothingIsAdded() {
        Ran again = run("sample", "add", "snm-2026", "--lang", "en");

        assertThat(again.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).isEqualTo("digitalweek: the store already holds 'snm-2026': nothing added" + NL);
        assertThat(run("sample", "add").err())
                .isEqualTo("digitalweek: le stockage contient déjà « snm-2026 » : rien n'est ajouté" + NL);
    }

    @Test
    void theSampleMissingFromANamedStoreIsOneCommandAway() {
        Ran french = run("programme", "snm-2026", "--store", named());
        Ran english = run("show", "snm-2026", "--store", named(), "--lang", "en");

        assertThat(french.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(french.errLines()).containsExactly("digitalweek: l'édition « snm-2026 » n'est pas dans le stockage",
                "Pour ajouter l'édition d'exemple à ce stockage : digitalweek sample add snm-2026");
        assertThat(english.errLines()).endsWith("To add the sample edition to this store: digitalweek sample add snm-2026");
        assertThat(run("programme", "snm-1999", "--store", named()).errLines()).hasSize(1);
    }

    @Test
    void anUnknownSampleIsRefusedWithTheKnownOnes() {
        Ran unknown = run("sample", "add", "snm-2026", "snm-1999", "--store", named());

        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).isEqualTo("digitalweek: édition d'exemple inconnue « snm-1999 » ; "
                + "éditions d'exemple : snm-2026" + NL);
        assertThat(run("editions", "--store", named()).out()).isEqualTo("Aucune édition dans le stockage." + NL);
    }

    @Test
    void sampleListsTheSamplesAndWhetherTheStoreHoldsEach() {
        Ran alone = run("sample", "--store", named(), "--lang", "en");
        Ran list = run("sample", "list", "--store", named(), "--lang", "en");

        assertThat(alone.code()).isZero();
        assertThat(alone.out()).isEqualTo(list.out());
        assertThat(list.out().lines()).containsExactly(
                "EDITION   DATES                    SESSIONS  IN THE STORE  TITLE",
                "snm-2026  2026-01-29 → 2026-02-04  5         no            Mali Digital Week, 3rd edition");
        assertThat(run("sample", "list").out()).contains("DANS LE STOCKAGE").containsPattern("snm-2026 .* oui ");
    }
}
