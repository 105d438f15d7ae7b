package org.digitalweek.event.export.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.rules.Rule;
import org.digitalweek.event.export.schedule.MergedSchedules.Format;
import org.digitalweek.event.export.schedule.MergedSchedules.Speaker;
import org.digitalweek.event.export.schedule.MergedSchedules.Talk;

/**
 * A schedule merged from several systems reuses person ids for different people: each name under an
 * id is its own person, in every format, and the checker finds no person in two places at once.
 */
class SharedPersonIdsTest {

    static final List<Format> FORMATS = MergedSchedules.FORMATS;

    /** Three names under id 0, in three rooms at once; two spellings of one name under 12; one name under 7 and 8. */
    private static final List<Talk> MERGED = List.of(
            new Talk(1, "Hall A", LocalTime.of(9, 0), 60, List.of(new Speaker("0", "Ada Lovelace"))),
            new Talk(2, "Hall B", LocalTime.of(9, 0), 60,
                    List.of(new Speaker("0", "Grace Hopper"), new Speaker("12", "Jane Doe"))),
            new Talk(3, "Hall C", LocalTime.of(9, 30), 60,
                    List.of(new Speaker("0", "Alan Turing"), new Speaker("7", "Awa Traoré"))),
            new Talk(4, "Hall C", LocalTime.of(11, 0), 30,
                    List.of(new Speaker("12", "jane  DOE"), new Speaker("8", "Awa Traoré"))),
            new Talk(5, "Hall B", LocalTime.of(11, 0), 30, List.of(new Speaker("0", "Grace Hopper"))));

    @ParameterizedTest
    @FieldSource("FORMATS")
    void eachSessionKeepsItsOwnSpeakers(Format format) {
        PublicEdition edition = MergedSchedules.edition(MergedSchedules.read(format, MERGED));

        assertThat(MergedSchedules.speakers(edition)).isEqualTo(Map.of(
                "Talk 1", List.of("Ada Lovelace"),
                "Talk 2", List.of("Grace Hopper", "Jane Doe"),
                "Talk 3", List.of("Alan Turing", "Awa Traoré"),
                "Talk 4", List.of("Jane Doe", "Awa Traoré"),
                "Talk 5", List.of("Grace Hopper")));
    }

    @ParameterizedTest
    @FieldSource("FORMATS")
    void noPersonIsBookedTwiceForSharingAnId(Format format) {
        PublicEdition edition = MergedSchedules.edition(MergedSchedules.read(format, MERGED));

        assertThat(new ProgrammeChecker().check(edition).of(Rule.PERSON_DOUBLE_BOOKED)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("FORMATS")
    void theSameNameUnderTwoIdsStaysTwoPeopleAndSpellingsOfOneNameAreOne(Format format) {
        PublicEdition edition = MergedSchedules.edition(MergedSchedules.read(format, MERGED));

        assertThat(MergedSchedules.officials(edition).values()).containsExactlyInAnyOrder(
                "Ada Lovelace", "Grace Hopper", "Jane Doe", "Alan Turing", "Awa Traoré", "Awa Traoré");
    }

    @ParameterizedTest
    @FieldSource("FORMATS")
    void theSharedIdsAreSaidOnceForTheDocument(Format format) {
        ImportResult result = MergedSchedules.read(format, MERGED);

        List<ImportWarning> shared = result.warnings().stream()
                .filter(w -> w.messageEn().startsWith("person ids shared")).toList();
        assertThat(shared).hasSize(1);
        String id = format.id().equals("ics") ? "mailto:p0@example.org" : "0";
        assertThat(shared.get(0).messageEn()).isEqualTo("person ids shared by different names: 1 id; each name is "
                + "its own person: id " + id + " (3 names: " + String.join(", ", ids(format, id)) + ")");
        assertThat(shared.get(0).messageFr()).startsWith("identifiants de personne partagés par des noms différents"
                + " : 1 identifiant ; chaque nom est une personne à part : id " + id + " (3 noms : ");
    }

    @ParameterizedTest
    @FieldSource("FORMATS")
    void theFirstNameKeepsTheIdAndTheOthersGetNumberedOnes(Format format) {
        PublicEdition edition = MergedSchedules.edition(MergedSchedules.read(format, MERGED));
        String id = format.id().equals("ics") ? "mailto:p0@example.org" : "0";
        List<String> ids = ids(format, id);

        assertThat(MergedSchedules.officials(edition)).containsEntry(ids.get(0), "Ada Lovelace")
                .containsEntry(ids.get(1), "Grace Hopper").containsEntry(ids.get(2), "Alan Turing");
    }

    /** The ids the three names under id 0 get: the id and numbered ones, or slugs for a cal-address. */
    private static List<String> ids(Format format, String id) {
        return format.id().equals("ics") ? List.of("person-ada-lovelace", "person-grace-hopper", "person-alan-turing")
                : List.of(id, id + "-2", id + "-3");
    }
}
