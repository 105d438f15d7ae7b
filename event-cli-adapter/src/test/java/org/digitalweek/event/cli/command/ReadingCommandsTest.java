package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.command.CommandRun.Ran;

/** {@code digitalweek editions}, {@code show} and the filters of {@code programme}. */
class ReadingCommandsTest extends CommandTests {

    @Test
    void editionsListsTheStoredEditionsInATable() {
        Ran editions = run("editions", "--lang", "en");

        assertThat(editions.code()).isZero();
        assertThat(editions.out().lines()).containsExactly(
                "EDITION   SERIES  N°  DATES                    CITY         STATUS  SESSIONS  TITLE",
                "snm-2026  snm     3   2026-01-29 → 2026-02-04  Bamako (ML)  draft   5         "
                        + "Mali Digital Week, 3rd edition");
    }

    @Test
    void anEmptyStoreSaysSo() {
        Ran editions = run("editions", "--store", "mem:");

        assertThat(editions.code()).isZero();
        assertThat(editions.out()).isEqualTo("Aucune édition dans le stockage." + NL);
    }

    @Test
    void showSummarisesTheEditionWithItsMinistriesByRole() {
        Ran show = run("show", "snm-2026");

        assertThat(show.code()).isZero();
        assertThat(show.out()).startsWith("Semaine du Numérique au Mali, 3ème édition" + NL)
                .contains("  Édition              snm-2026 · Semaine du Numérique au Mali n° 3 · brouillon · version 1")
                .contains("  Dates                2026-01-29 → 2026-02-04 (Africa/Bamako)")
                .containsPattern("  Hôte +Ministère de la Communication.* \\(ML\\)")
                .contains("  Parrain              Ministère de la Culture (ML)")
                .contains("(BF) ; ").contains("  Nombres              5 sessions (0 annulée), 4 personnes, 4 ministères");
        assertThat(run("show", "snm-2026", "--lang", "en").out()).contains("  Patron               ")
                .contains("  Guest delegation     ").contains(" · Mali Digital Week no. 3 · draft · ").doesNotContain("n°");
    }

    @Test
    void programmeFiltersByDayRoomTrackAndPerson() {
        Ran day = run("programme", "snm-2026", "--day", "2026-01-30", "--lang", "en");
        assertThat(day.code()).isZero();
        assertThat(day.out()).contains("Friday 30 January 2026").contains("High-level panel")
                .doesNotContain("Thursday 29 January");

        Ran room = run("programme", "snm-2026", "--room", "salle-des-banquets");
        assertThat(room.out()).contains("Cérémonie de lancement officiel").doesNotContain("Masterclass");

        Ran nobody = run("programme", "snm-2026", "--person", "personne-inconnue");
        assertThat(nobody.code()).isZero();
        assertThat(nobody.out()).endsWith("Aucune session." + NL);

        Ran frenchDay = run("programme", "snm-2026", "--day", "30/01/2026", "--lang", "en");
        assertThat(frenchDay.code()).isZero();
        assertThat(frenchDay.out()).isEqualTo(day.out());

        Ran badDay = run("programme", "snm-2026", "--day", "30.13.2026", "--lang", "en");
        assertThat(badDay.code()).isEqualTo(2);
        assertThat(badDay.err()).startsWith("digitalweek: invalid value for option '--day': '30.13.2026'; expected: "
                + "a date such as 2026-01-29 (first day of snm-2026)");
    }
}
