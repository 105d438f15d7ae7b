package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.command.CommandRun.Ran;

/** {@code digitalweek session add|move|cancel|assign}: edits through the use cases, with the optimistic version. */
class SessionCommandTest extends CommandTests {

    @Test
    void addPrintsTheNewSessionAndTheNewVersion() {
        Ran add = run("session", "add", "snm-2026", "--id", "atelier-cyber", "--type", "workshop", "--title",
                "Atelier cybersécurité", "--title-en", "Cybersecurity workshop", "--start", "2026-01-30T14:00",
                "--end", "2026-01-30 16:00", "--room", "salle-de-formation", "--track", "gouvernance-numerique");

        assertThat(add.code()).isZero();
        assertThat(add.out()).isEqualTo("+ Ajoutée : « Atelier cybersécurité » (atelier-cyber), 2026-01-30 14:00–16:00, "
                + "« Salle de formation (illustrative) »" + NL + "Édition « snm-2026 » : version 1 → 2" + NL);
        assertThat(add.err()).isEmpty();
        assertThat(run("programme", "snm-2026", "--lang", "en").out()).containsPattern(
                "14:00–16:00 +Training room \\(illustrative\\) +workshop +Cybersecurity workshop");
    }

    @Test
    void kindsAndRolesAreReadInOptionFormAndAnyCase() {
        assertThat(run("session", "add", "snm-2026", "--id", "cloture", "--type", "closing-ceremony", "--title",
                "Clôture", "--start", "2026-02-04T16:00", "--end", "2026-02-04T17:00").code()).isZero();
        assertThat(run("session", "add", "snm-2026", "--id", "discours", "--type", "Keynote", "--title",
                "Discours", "--start", "2026-02-03T16:00", "--end", "2026-02-03T17:00").code()).isZero();
        assertThat(run("session", "assign", "snm-2026", "cloture", "--person", "mamou-daffe", "--role", "PRESIDES")
                .code()).isZero();

        assertThat(run("programme", "snm-2026").out()).containsPattern("cérémonie de clôture +Clôture")
                .containsPattern("conférence +Discours");
    }

    @Test
    void moveGivesANewTimeAndRoom() {
        Ran move = run("session", "move", "snm-2026", "masterclass-ia", "--start", "2026-02-03T09:00", "--end",
                "2026-02-03T12:00", "--room", "salle-de-conference", "--lang", "en");

        assertThat(move.code()).isZero();
        assertThat(move.out()).isEqualTo("~ Moved: 'Masterclass in artificial intelligence' (masterclass-ia): "
                + "2026-01-31 09:00–12:00 in 'Training room (illustrative)' → 2026-02-03 09:00–12:00 in "
                + "'Conference room (illustrative)'" + NL
                + "Edition 'snm-2026': version 1 → 2" + NL);
    }

    @Test
    void cancelKeepsTheSessionMarkedCancelled() {
        Ran cancel = run("session", "cancel", "snm-2026", "panel-gouvernance-numerique");

        assertThat(cancel.code()).isZero();
        assertThat(cancel.out()).startsWith("× Annulée : « Panel de haut niveau sur la gouvernance numérique » "
                + "(panel-gouvernance-numerique), 2026-01-30 10:00–12:00").endsWith("version 1 → 2" + NL);
        assertThat(run("programme", "snm-2026").out()).contains("Panel de haut niveau sur la gouvernance numérique "
                + "(annulée)");
    }

    @Test
    void assignAddsAParticipantActingForAnAuthority() {
        Ran assign = run("session", "assign", "snm-2026", "panel-gouvernance-numerique", "--person", "mamou-daffe",
                "--role", "moderator", "--on-behalf-of", "Premier ministre", "--precedence", "2");

        assertThat(assign.code()).isZero();
        assertThat(assign.out()).startsWith("~ Participants modifiés : « Panel de haut niveau sur la gouvernance "
                + "numérique » (panel-gouvernance-numerique) : ajoutés M. Mamou Daffé (modérateur, au nom de Premier ministre)");
        assertThat(run("programme", "snm-2026", "--person", "mamou-daffe").out())
                .contains("Panel de haut niveau sur la gouvernance numérique");
    }

    @Test
    void anEditThatBreaksARulePrintsTheFindingsItCausedAndWhereToSeeTheWholeProgramme() {
        Ran add = run("session", "add", "snm-2026", "--id", "doublon", "--type", "panel", "--title", "Doublon",
                "--start", "2026-01-29T10:00", "--end", "2026-01-29T12:00", "--room", "salle-des-banquets",
                "--lang", "en");

        assertThat(add.code()).isZero();
        assertThat(add.out()).contains("Edition 'snm-2026': version 1 → 2" + NL + "The change causes 1 finding:" + NL
                        + "  [room-double-booked] ")
                .contains("sessions: ").contains("doublon")
                .endsWith("The whole programme: digitalweek check snm-2026" + NL)
                .doesNotContain("resolves");
    }

    @Test
    void anEditThatRepairsARuleSaysHowManyFindingsItResolved() {
        assertThat(run("session", "add", "snm-2026", "--id", "doublon", "--type", "panel", "--title", "Doublon",
                "--start", "2026-01-29T10:00", "--end", "2026-01-29T12:00", "--room", "salle-des-banquets").code())
                .isZero();

        Ran cancel = run("session", "cancel", "snm-2026", "doublon");

        assertThat(cancel.code()).isZero();
        assertThat(cancel.out()).endsWith("Édition « snm-2026 » : version 2 → 3" + NL
                + "La modification résout 1 constat." + NL);
    }

    @Test
    void aStaleExpectedVersionIsAConflictOnOneLineAndChangesNothing() {
        assertThat(run("session", "cancel", "snm-2026", "masterclass-ia", "--expected-version", "1").code()).isZero();

        Ran stale = run("session", "move", "snm-2026", "panel-gouvernance-numerique", "--start", "2026-01-30T14:00",
                "--end", "2026-01-30T16:00", "--expected-version", "1");

        assertThat(stale.code()).isEqualTo(3);
        assertThat(stale.errLines()).containsExactly("digitalweek: l'édition « snm-2026 » est à la version 2 et non 1 :"
                + " quelqu'un d'autre l'a enregistrée ; rechargez et recommencez");
        assertThat(stale.out()).isEmpty();
        assertThat(run("programme", "snm-2026", "--day", "2026-01-30").out()).contains("10:00–12:00");
    }

    @Test
    void anUnknownSessionIsOneLineAndExitCodeTwo() {
        Ran cancel = run("session", "cancel", "snm-2026", "atelier-inconnu", "--lang", "en");

        assertThat(cancel.code()).isEqualTo(2);
        assertThat(cancel.errLines()).containsExactly("digitalweek: edition 'snm-2026' has no session 'atelier-inconnu'");
    }

    @Test
    void aBadDateOrKindIsAUsageErrorThatSaysWhatIsExpected() {
        Ran date = run("session", "move", "snm-2026", "masterclass-ia", "--start", "2026-13-31T09:00", "--end",
                "2026-01-31T12:00");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.errLines()).containsExactly("digitalweek: valeur invalide pour l'option « --start » : "
                + "« 2026-13-31T09:00 » ; attendu : une date et heure comme 2026-01-29T09:00 (premier jour de snm-2026)",
                "Aide : digitalweek session move --help");

        Ran kind = run("session", "add", "snm-2026", "--id", "x", "--type", "conference", "--title", "X",
                "--start", "2026-01-30T14:00", "--end", "2026-01-30T15:00", "--lang", "en");
        assertThat(kind.code()).isEqualTo(2);
        assertThat(kind.errLines()[0]).isEqualTo("digitalweek: invalid value for option '--type': 'conference' is not "
                + "one of opening-ceremony, closing-ceremony, keynote, panel, masterclass, training, workshop, "
                + "exhibition, break, other");
    }

    @Test
    void anEndBeforeTheStartOrAnUnknownRoomIsRefusedWithItsPath() {
        Ran backwards = run("session", "move", "snm-2026", "masterclass-ia", "--start", "2026-01-31T12:00", "--end",
                "2026-01-31T09:00", "--lang", "en");
        assertThat(backwards.code()).isEqualTo(2);
        assertThat(backwards.err()).contains("slot.end: must be after the start").doesNotContain("Exception");

        Ran nowhere = run("session", "move", "snm-2026", "masterclass-ia", "--start", "2026-01-31T09:00", "--end",
                "2026-01-31T12:00", "--room", "salle-inconnue");
        assertThat(nowhere.code()).isEqualTo(2);
        assertThat(nowhere.err()).contains(".room : désigne une salle qu'aucun lieu de l'édition ne possède");
    }

    @Test
    void aPrecedenceWithoutAnAuthorityIsAUsageError() {
        Ran assign = run("session", "assign", "snm-2026", "masterclass-ia", "--person", "mamou-daffe", "--role",
                "trainer", "--precedence", "2", "--lang", "en");

        assertThat(assign.code()).isEqualTo(2);
        assertThat(assign.errLines()).containsExactly("digitalweek: --precedence goes with --on-behalf-of",
                "Help: digitalweek session assign --help");
    }

    @Test
    void sessionAloneAsksForASubcommandAndItsHelpListsThem() {
        Ran alone = run("session");
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.errLines()[0]).isEqualTo("digitalweek: « session » attend une commande : add, move, cancel, assign");

        Ran help = run("session", "add", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Utilisation : digitalweek session add", "--expected-version=V",
                "opening-ceremony, closing-ceremony, keynote");
        assertThat(run("session", "--help").out()).contains("add", "move", "cancel", "assign");
    }
}
