package org.digitalweek.event.cli.command;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import org.digitalweek.event.cli.command.CommandRun.Ran;

/** {@code digitalweek clone} and {@code stats}. */
class ReuseCommandsTest extends CommandTests {

    @Test
    void cloneStartsNextYearsEditionOnTheSameWeekday() {
        Ran clone = run("clone", "snm-2026", "--as", "snm-2027", "--start", "2027-01-27");

        assertThat(clone.code()).isZero();
        assertThat(clone.out()).isEqualTo("Édition « snm-2027 » créée à partir de « snm-2026 » : Semaine du Numérique "
                + "au Mali, 4ème édition, n° 4" + NL
                + "  2027-01-28 → 2027-02-03, Bamako (ML, Africa/Bamako) ; 5 sessions ; brouillon, version 1" + NL
                + "  titre : n° 3 → n° 4 (était « Semaine du Numérique au Mali, 3ème édition »)" + NL);
        assertThat(run("programme", "snm-2027", "--day", "2027-01-28").out())
                .containsPattern("09:00–11:00 +Salle des banquets +cérémonie d'ouverture +Cérémonie de lancement "
                        + "officiel de la 4ème édition");
    }

    @Test
    void aCloneNumberedByHandStatesItsNumberInEnglishToo() {
        Ran clone = run("clone", "snm-2026", "--as", "snm-2030", "--start", "2030-01-31", "--number", "7",
                "--lang", "en");

        assertThat(clone.code()).isZero();
        assertThat(clone.out()).startsWith("Edition 'snm-2030' created from 'snm-2026': Mali Digital Week, 7th edition, "
                + "no. 7" + NL).endsWith("  title: no. 3 → no. 7 (was 'Mali Digital Week, 3rd edition')" + NL);
    }

    @Test
    void aCloneInAnotherCountryWhoseTitleNamesTheSourcesIsRefusedWithATitleToGive() {
        Ran french = run("clone", "snm-2026", "--as", "snn-2026", "--start", "2026-03-05", "--country", "NE",
                "--city", "Niamey", "--time-zone", "Africa/Niamey");
        Ran english = run("clone", "snm-2026", "--as", "snn-2026", "--start", "2026-03-05", "--country", "NE",
                "--city", "Niamey", "--time-zone", "Africa/Niamey", "--lang", "en");

        assertThat(french.code()).isEqualTo(2);
        assertThat(french.errLines()).containsExactly("digitalweek: le clonage : 2 problèmes",
                "  --title : le titre « Semaine du Numérique au Mali, 3ème édition » nomme « Mali », pays hôte de l'édition "
                        + "source, alors que celui du clone est « Niger » (NE) : donnez le titre du clone, par exemple "
                        + "« Semaine du Numérique au Niger, 4ème édition »",
                "  --title-en : le titre « Mali Digital Week, 3rd edition » nomme « Mali », pays hôte de l'édition source, "
                        + "alors que celui du clone est « Niger » (NE) : donnez le titre du clone, par exemple "
                        + "« Niger Digital Week, 4th edition »");
        assertThat(english.code()).isEqualTo(2);
        assertThat(english.errLines()).contains("  --title: the title 'Semaine du Numérique au Mali, 3ème édition' "
                + "names Mali, the source edition's host country, while the clone's is Niger (NE): give the clone's "
                + "title, e.g. 'Semaine du Numérique au Niger, 4ème édition'");
        assertThat(run("editions").out()).doesNotContain("snn-2026");
    }

    @Test
    void cloneIntoAnotherCountryWithItsTitleAndZone() {
        Ran clone = run("clone", "snm-2026", "--as", "snn-2026", "--start", "2026-03-05", "--number", "1",
                "--country", "NE", "--city", "Niamey", "--time-zone", "Africa/Niamey", "--title",
                "Semaine du Numérique au Niger", "--title-en", "Niger Digital Week", "--lang", "en");

        assertThat(clone.code()).isZero();
        assertThat(clone.out()).isEqualTo("Edition 'snn-2026' created from 'snm-2026': Niger Digital Week, no. 1" + NL
                + "  2026-03-05 → 2026-03-11, Niamey (NE, Africa/Niamey); 5 sessions; draft, version 1" + NL);
    }

    @Test
    void aTakenIdABadZoneOrABadDateIsRefused() {
        Ran taken = run("clone", "snm-2026", "--as", "snm-2026", "--start", "2027-01-28", "--lang", "en");
        assertThat(taken.code()).isEqualTo(2);
        assertThat(taken.errLines()).containsExactly("digitalweek: edition 'snm-2026': this edition exists already");

        Ran zone = run("clone", "snm-2026", "--as", "snm-2027", "--start", "2027-01-28", "--time-zone", "Mali/Bamako");
        assertThat(zone.code()).isEqualTo(2);
        assertThat(zone.err()).contains("timeZone : doit être un fuseau horaire de la base IANA");

        Ran date = run("clone", "snm-2026", "--as", "snm-2027", "--start", "2027/01/28", "--lang", "en");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.errLines()[0]).isEqualTo("digitalweek: invalid value for option '--start': '2027/01/28'; "
                + "expected: a date such as 2026-01-29 (first day of snm-2026)");
        assertThat(run("show", "snm-2027").code()).as("nothing cloned").isEqualTo(2);
    }

    @Test
    void statsGivesEachEditionAndTheTotal() {
        assertThat(run("clone", "snm-2026", "--as", "snm-2027", "--start", "2027-01-28").code()).isZero();
        assertThat(run("session", "cancel", "snm-2026", "masterclass-ia").code()).isZero();

        Ran stats = run("stats", "snm", "--lang", "en");

        assertThat(stats.code()).isZero();
        assertThat(stats.out().lines()).containsExactly(
                "EDITION   N°  START       SESSIONS  CANCELLED  SPEAKERS  SPEAKERS' COUNTRIES",
                "snm-2026  3   2026-01-29  4         1          3         BF 1, ML 1, NE 1",
                "snm-2027  4   2027-01-28  5         0          0         —",
                "TOTAL                     9         1          3         BF 1, ML 1, NE 1",
                "",
                "KIND              snm-2026  snm-2027  TOTAL",
                "opening ceremony  1         1         2",
                "panel             1         1         2",
                "masterclass       0         1         1",
                "training          1         1         2",
                "exhibition        1         1         2");
    }

    @Test
    void statsOfASeriesWithNoEditionIsOneLineAndExitCodeTwo() {
        Ran stats = run("stats", "sns");

        assertThat(stats.code()).isEqualTo(2);
        assertThat(stats.errLines()).containsExactly("digitalweek: la série « sns » n'a aucune édition dans le stockage");
        assertThat(stats.out()).isEmpty();
    }
}
