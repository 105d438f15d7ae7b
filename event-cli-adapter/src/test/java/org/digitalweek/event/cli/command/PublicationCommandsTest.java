package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.command.CommandRun.Ran;

/** {@code digitalweek publish}, {@code releases} and {@code archive}. */
class PublicationCommandsTest extends CommandTests {

    @Test
    void publishIsRefusedWhileTheProgrammeHasAnErrorThenAcceptedOnceItIsFixed() {
        assertThat(run("session", "add", "snm-2026", "--id", "doublon", "--type", "panel", "--title", "Doublon",
                "--start", "2026-01-29T10:00", "--end", "2026-01-29T12:00", "--room", "salle-des-banquets").code())
                .isZero();

        Ran refused = run("publish", "snm-2026", "--label", "1.0");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.errLines()).hasSize(2);
        assertThat(refused.errLines()[0]).isEqualTo(
                "digitalweek: édition « snm-2026 » : publication refusée, 1 erreur au programme");
        assertThat(refused.errLines()[1]).startsWith("  [room-double-booked] La salle « Salle des banquets » "
                + "(salle-des-banquets) accueille deux sessions à la fois");
        assertThat(run("releases", "snm-2026").out()).contains("aucune publication");

        assertThat(run("session", "cancel", "snm-2026", "doublon").code()).isZero();
        Ran published = run("publish", "snm-2026", "--label", "1.0");
        assertThat(published.code()).isZero();
        assertThat(published.out()).isEqualTo("Édition « snm-2026 » publiée : publication n° 1, étiquette « 1.0 », "
                + "le 2026-01-20 10:15 (Africa/Bamako) ; version 4" + NL);
        assertThat(run("show", "snm-2026").out()).contains("publiée · version 4");
    }

    @Test
    void releasesListsNumberLabelTimeAndSessions() {
        assertThat(run("publish", "snm-2026", "--label", "1.0").code()).isZero();
        assertThat(run("session", "cancel", "snm-2026", "masterclass-ia").code()).isZero();
        Ran second = run("publish", "snm-2026", "--lang", "en");
        assertThat(second.out()).isEqualTo("Edition 'snm-2026' published: release 2, label '2', "
                + "at 2026-01-20 10:15 (Africa/Bamako); version 4" + NL);

        Ran releases = run("releases", "snm-2026", "--lang", "en");

        assertThat(releases.code()).isZero();
        assertThat(releases.out().lines()).containsExactly(
                "N°  LABEL  PUBLISHED AT (Africa/Bamako)  SESSIONS  VERSION",
                "1   1.0    2026-01-20 10:15              5         2",
                "2   2      2026-01-20 10:15              5         4");
    }

    @Test
    void aTakenLabelOrAStaleVersionIsRefused() {
        assertThat(run("publish", "snm-2026", "--label", "1.0").code()).isZero();

        Ran taken = run("publish", "snm-2026", "--label", "1.0", "--lang", "en");
        assertThat(taken.code()).isEqualTo(2);
        assertThat(taken.errLines()).containsExactly("digitalweek: edition 'snm-2026': label '1.0' is taken already");

        Ran stale = run("publish", "snm-2026", "--expected-version", "1", "--lang", "en");
        assertThat(stale.code()).isEqualTo(3);
        assertThat(stale.errLines()).hasSize(1);
        assertThat(stale.err()).startsWith("digitalweek: edition 'snm-2026' is at version 2, not 1");
    }

    @Test
    void archiveClosesAPublishedEditionForTheRecord() {
        Ran draft = run("archive", "snm-2026", "--lang", "en");
        assertThat(draft.code()).isEqualTo(2);
        assertThat(draft.errLines()).containsExactly(
                "digitalweek: edition 'snm-2026': only a published edition can be archived");

        assertThat(run("publish", "snm-2026").code()).isZero();
        Ran archived = run("archive", "snm-2026");
        assertThat(archived.code()).isZero();
        assertThat(archived.out()).isEqualTo("Édition « snm-2026 » archivée ; version 3" + NL);

        Ran edit = run("session", "cancel", "snm-2026", "masterclass-ia");
        assertThat(edit.code()).isEqualTo(2);
        assertThat(edit.errLines()).containsExactly(
                "digitalweek: édition « snm-2026 » : une édition archivée ne change plus");
    }
}
