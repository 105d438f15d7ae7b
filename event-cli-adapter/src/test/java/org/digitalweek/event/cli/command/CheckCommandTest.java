package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.command.CommandRun.Ran;

/** {@code digitalweek check}: findings grouped by severity, a summary line, exit 1 on an ERROR. */
class CheckCommandTest extends CommandTests {

    /** Adds a session in the opening ceremony's room, overlapping it by an hour. */
    private void doubleBookTheBanquetHall() {
        assertThat(run("session", "add", "snm-2026", "--id", "doublon", "--type", "workshop", "--title", "Doublon",
                "--start", "2026-01-29T10:00", "--end", "2026-01-29T12:00", "--room", "salle-des-banquets").code())
                .isZero();
    }

    @Test
    void theSampleIsCleanAndExitsZero() {
        Ran check = run("check", "snm-2026");

        assertThat(check.code()).isZero();
        assertThat(check.out()).isEqualTo("snm-2026 : 0 erreur, 0 avertissement, 0 information — aucun problème, "
                + "le programme peut être publié." + System.lineSeparator());
        assertThat(check.err()).isEmpty();
    }

    @Test
    void aDoubleBookedRoomIsAnErrorWithWhatItConcernsAndExitsOne() {
        doubleBookTheBanquetHall();

        Ran check = run("check", "snm-2026", "--lang", "en");

        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out().lines()).containsSubsequence("ERROR (1)",
                "  [room-double-booked] Room \"Banquet hall\" (salle-des-banquets) holds two sessions at once: "
                        + "\"Official launch of the 3rd edition\" (ceremonie-de-lancement, 2026-01-29 09:00–11:00)"
                        + " and \"Doublon\" (doublon, 2026-01-29 10:00–12:00).",
                "      sessions: ceremonie-de-lancement, doublon; rooms: salle-des-banquets; "
                        + "times: 2026-01-29 09:00–11:00, 2026-01-29 10:00–12:00",
                "snm-2026: 1 error, 0 warnings, 0 information — it cannot be published while the errors stand.");
        assertThat(check.err()).isEmpty();
    }

    @Test
    void groupsComeMostSeriousFirstAndInformationAloneExitsZero() {
        assertThat(run("session", "add", "snm-2026", "--id", "sans-salle", "--type", "panel", "--title", "Sans salle",
                "--start", "2026-01-30T14:00", "--end", "2026-01-30T15:00").code()).isZero();

        Ran informationOnly = run("check", "snm-2026");
        assertThat(informationOnly.code()).isZero();
        assertThat(informationOnly.out()).contains("INFORMATION (1)", "  [room-not-chosen] ",
                "sessions : sans-salle ; horaires : 2026-01-30 14:00–15:00",
                "0 erreur, 0 avertissement, 1 information — le programme peut être publié.");

        doubleBookTheBanquetHall();
        Ran both = run("check", "snm-2026");
        assertThat(both.code()).isEqualTo(1);
        assertThat(both.out().indexOf("ERREUR (1)")).isNotNegative().isLessThan(both.out().indexOf("INFORMATION (1)"));
        assertThat(both.out()).contains("1 erreur, 0 avertissement, 1 information — publication impossible");
    }

    @Test
    void anUnknownEditionIsOneLineAndExitCodeTwo() {
        Ran check = run("check", "snm-1999", "--lang", "en");

        assertThat(check.code()).isEqualTo(2);
        assertThat(check.errLines()).containsExactly("digitalweek: edition 'snm-1999' is not in the store");
        assertThat(check.out()).isEmpty();
    }
}
