package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.DocumentPlace;

/** Issue 16, item 14: a repair made on every event is said once, with a count and its first places. */
class ImportWarningTest {

    @Test
    void a_repair_made_once_is_said_as_it_is() {
        assertThat(ImportWarning.repeated(List.of(event(1)), 1, "guid en double", "guid used twice"))
                .isEqualTo(new ImportWarning(event(1), "guid en double", "guid used twice"));
    }

    @Test
    void a_repeated_repair_names_its_count_and_its_next_places_and_marks_the_places_left_out() {
        ImportWarning many = ImportWarning.repeated(List.of(event(1), event(2), event(3)), 200_000,
                "pas de guid", "no guid");

        assertThat(many.place()).isEqualTo(event(1));
        assertThat(many.messageEn()).isEqualTo("no guid (200000 times; also at event 2, event 3, …)");
        assertThat(many.messageFr()).isEqualTo("pas de guid (200000 fois ; aussi : événement 2, événement 3, …)");
        assertThat(ImportWarning.repeated(List.of(event(1), event(2)), 2, "x", "x").messageEn())
                .isEqualTo("x (2 times; also at event 2)");
        assertThat(ImportWarning.repeated(List.of(event(1)), 3, "x", "x").messageEn())
                .as("three times at one place").isEqualTo("x (3 times)");
    }

    @Test
    void past_a_hundred_kinds_the_most_made_are_listed_in_order_and_the_rest_counted() {
        List<ImportWarning> repairs = new ArrayList<>();
        int[] times = new int[150];
        for (int i = 0; i < 150; i++) {
            repairs.add(new ImportWarning(DocumentPlace.line(i), "r" + i, "r" + i));
            times[i] = i == 149 ? 5000 : 1;
        }

        List<ImportWarning> listed = ImportWarning.listed(repairs, times);

        assertThat(listed).hasSize(ImportWarning.LISTED + 1);
        assertThat(listed.get(0).place().french()).isEqualTo("ligne 0");
        assertThat(listed.get(ImportWarning.LISTED - 1).place()).as("the most made, in its place").isEqualTo(DocumentPlace.line(149));
        assertThat(listed.get(ImportWarning.LISTED).messageEn()).isEqualTo("50 more repairs (50 kinds), not listed");
        assertThat(listed.get(ImportWarning.LISTED).messageFr())
                .isEqualTo("50 autres réparations (50 sortes), non listées");
        assertThat(ImportWarning.listed(repairs.subList(0, 100), new int[100])).hasSize(100);
        assertThat(ImportWarning.listed(repairs.subList(0, 101), new int[101]).get(ImportWarning.LISTED).messageFr())
                .as("one left out is said in the singular").isEqualTo("0 autre réparation (1 sorte), non listée");
    }

    @Test
    void a_repair_is_said_with_its_place_in_each_language() {
        ImportWarning repair = new ImportWarning(DocumentPlace.line(12, 5).with(DocumentPlace.element("release")),
                "élément ignoré", "element ignored");

        assertThat(repair.describe("fr")).isEqualTo("ligne 12, colonne 5 (élément <release>) : élément ignoré");
        assertThat(repair.describe("en")).isEqualTo("line 12, column 5 (element <release>): element ignored");
    }

    private static DocumentPlace event(int id) {
        return DocumentPlace.event(String.valueOf(id));
    }
}
