package org.digitalweek.event.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.fixtures.Wording;

/** The checker of words and the plural helper it relies on: each check fails on what it claims to catch. */
class WordingTest {

    @Test
    void countsAreWrittenInEachLanguagesPlural() {
        assertThat(Plurals.french(0, "problème", "problèmes")).isEqualTo("0 problème");
        assertThat(Plurals.french(1, "problème", "problèmes")).isEqualTo("1 problème");
        assertThat(Plurals.french(2, "problème", "problèmes")).isEqualTo("2 problèmes");
        assertThat(Plurals.english(0, "problem", "problems")).isEqualTo("0 problems");
        assertThat(Plurals.english(1, "problem", "problems")).isEqualTo("1 problem");
        assertThat(Plurals.of("fr-CA", 3, "erreur", "erreurs", "error", "errors")).isEqualTo("3 erreurs");
        assertThat(Plurals.of("de", 3, "erreur", "erreurs", "error", "errors")).as("German falls back to French")
                .isEqualTo("3 erreurs");
    }

    @Test
    void placesAreSaidInEachLanguage() {
        DocumentPlace place = DocumentPlace.line(12, 5).with(DocumentPlace.event("11795"));
        assertThat(place.text("fr")).isEqualTo("ligne 12, colonne 5 (événement 11795)");
        assertThat(place.text("en")).isEqualTo("line 12, column 5 (event 11795)");
        assertThat(DocumentPlace.element("release").text("fr")).isEqualTo("élément <release>");
        assertThat(DocumentPlace.same("VALARM").in(DocumentPlace.same("VEVENT 1")).text("fr"))
                .isEqualTo("VALARM dans VEVENT 1");
        assertThat(DocumentPlace.line(3).with("/edition").text("en")).isEqualTo("line 3 (/edition)");
    }

    @Test
    void aRefusalIsFramedAndPlacedInTheLanguageAsked() {
        UnreadableDocumentException one = new UnreadableDocumentException("week.xml", DocumentPlace.line(2, 7),
                "élément racine inattendu", "unexpected root element");
        assertThat(one.getMessage("fr")).isEqualTo("week.xml, ligne 2, colonne 7 : élément racine inattendu");
        assertThat(one.getMessage()).isEqualTo("week.xml at line 2, column 7: unexpected root element");

        UnreadableDocumentException two = new UnreadableDocumentException("week.xml", List.of(
                new DocumentProblem(DocumentPlace.event("1"), "pas de date", "no date"),
                new DocumentProblem(DocumentPlace.event("2"), "pas de durée", "no duration")));
        assertThat(two.getMessage("fr")).isEqualTo("week.xml : 2 problèmes\n  événement 1 : pas de date\n"
                + "  événement 2 : pas de durée");
        assertThat(two.getMessage("en")).isEqualTo("week.xml: 2 problems\n  event 1: no date\n  event 2: no duration");
    }

    @Test
    void theCheckerCatchesWhatItClaims() {
        for (String bad : List.of("1 problème(s)", "MoveSessionCommand : 1 problème", "type lu comme OTHER",
                "salle ROOM_DOUBLE_BOOKED", "line 12, column 5 : date", "élément release à event 11795")) {
            assertThatThrownBy(() -> Wording.assertFrench(bad, "planted")).as(bad).isInstanceOf(AssertionError.class);
        }
        assertThatThrownBy(() -> Wording.assertEnglish("ligne 12 : no date", "planted"))
                .isInstanceOf(AssertionError.class);
        Wording.assertFrench("ligne 5 (VEVENT 1, UID a) : type « PANNEL » inconnu, BEGIN:VCALENDAR attendu", "clean");
        Wording.assertEnglish("line 5 (VEVENT 1, UID a): unknown type \"PANNEL\", expected BEGIN:VCALENDAR", "clean");
    }
}
