package org.digitalweek.event.export.schedule;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.model.ImportWarning;

/** A person of a schedule is the source's id and the name: how ids are given, and how sharing is said. */
class PersonIdsTest {

    @Test
    void furtherNamesUnderAnIdAreNumberedPastEveryIdTheDocumentUses() {
        List<ScheduleEntry> entries = List.of(event("event 1", person("0", "Ada"), person("0", "Grace")),
                event("event 2", person("0", "Alan"), person("0-2", "Zoë")));

        PersonIds ids = new PersonIds(entries);

        assertThat(ids.names()).containsExactly(entry("0", "Ada"), entry("0-3", "Grace"),
                entry("0-4", "Alan"), entry("0-2", "Zoë"));
    }

    @Test
    void spellingsThatDifferInCaseSpacesOrCompositionAreOnePersonWithTheFirstSpelling() {
        List<ScheduleEntry> entries = List.of(event("event 1", person("5", "Zoë  Ndiaye")),
                event("event 2", person("5", "zoe\u0308 NDIAYE"), person("5", " Zoë Ndiaye ")));

        PersonIds ids = new PersonIds(entries);

        assertThat(ids.names()).containsExactly(entry("5", "Zoë  Ndiaye"));
        assertThat(ids.of(person("5", "ZOË NDIAYE"))).contains("5");
    }

    @Test
    void peopleWithoutIdAreKnownByTheirNameAndTwoNamesOfOneSlugStayTwo() {
        List<ScheduleEntry> entries = List.of(event("event 1", person(null, "José"), person(null, "Jose")),
                event("event 2", person(null, "josé")));

        PersonIds ids = new PersonIds(entries);

        assertThat(ids.names()).containsExactly(entry("person-jose", "José"),
                entry("person-jose-2", "Jose"));
        assertThat(ids.of(person(null, "josé"))).contains("person-jose");
    }

    @Test
    void theSameNameUnderTwoIdsIsTwoPeople() {
        PersonIds ids = new PersonIds(List.of(event("event 1", person("7", "Awa"), person("8", "Awa"))));

        assertThat(ids.names()).containsOnlyKeys("7", "8");
    }

    @Test
    void tenThousandNamesUnderOneIdTakeLinearTime() {
        List<EntryPerson> people = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            people.add(person("0", "Name " + i));
        }

        long start = System.nanoTime();
        PersonIds ids = new PersonIds(List.of(event("event 1", people)));

        assertThat(ids.of(person("0", "Name 19999"))).contains("0-20000");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(2));
    }

    @Test
    void aNumberedIdStaysAnIdWhenTheSourceIdIsAsLongAsAnIdCanBe() {
        String longest = "a".repeat(128);

        PersonIds ids = new PersonIds(List.of(event("event 1", person(longest, "Ada"), person(longest, "Grace"))));

        assertThat(ids.of(person(longest, "Grace"))).hasValueSatisfying(id -> {
            assertThat(id).hasSize(128).endsWith("a-2");
            assertThat(org.digitalweek.event.domain.model.Ids.isValid(id)).isTrue();
        });
    }

    @Test
    void aPersonWithoutANameHasNoId() {
        PersonIds ids = new PersonIds(List.of(event("event 1", person("7", " "))));

        assertThat(ids.of(person("7", " "))).isEmpty();
        assertThat(ids.names()).isEmpty();
    }

    @Test
    void sharingIsSaidOnceNamingTheFirstIdsAndCountingTheOthers() {
        List<EntryPerson> people = new ArrayList<>();
        for (String name : List.of("A", "B", "C", "D", "E")) {
            people.add(person("0", "Name " + name));
        }
        for (int id = 1; id <= 6; id++) {
            people.add(person(Integer.toString(id), "First " + id));
            people.add(person(Integer.toString(id), "Second " + id));
        }
        Repairs repairs = new Repairs();

        new PersonIds(List.of(event("event 1", people.subList(0, 3)), event("event 2", people.subList(3, 17))))
                .report(repairs);

        List<ImportWarning> said = repairs.all();
        assertThat(said).hasSize(1);
        assertThat(said.get(0).place().english()).isEqualTo("event 1");
        assertThat(said.get(0).messageEn()).isEqualTo("person ids shared by different names: 7 ids; each name is "
                + "its own person: id 0 (5 names: 0, 0-2 … 0-5), id 1 (2 names: 1, 1-2), id 2 (2 names: 2, 2-2), "
                + "id 3 (2 names: 3, 3-2), id 4 (2 names: 4, 4-2), and 2 more");
        assertThat(said.get(0).messageFr()).isEqualTo("identifiants de personne partagés par des noms différents : "
                + "7 identifiants ; chaque nom est une personne à part : id 0 (5 noms : 0, 0-2 … 0-5), id 1 (2 noms : "
                + "1, 1-2), id 2 (2 noms : 2, 2-2), id 3 (2 noms : 3, 3-2), id 4 (2 noms : 4, 4-2), et 2 autres");
    }

    @Test
    void aReportOfManyKindsOfRepairKeepsTheSharedIds() {
        Repairs repairs = new Repairs();
        for (int kind = 0; kind <= ImportWarning.LISTED; kind++) {
            repairs.addRepeated("kind " + kind, DocumentPlace.same("event 1"), "réparation " + kind, "repair " + kind);
        }

        new PersonIds(List.of(event("event 2", person("0", "Ada"), person("0", "Grace"), person("0", "Alan"))))
                .report(repairs);

        assertThat(repairs.all()).extracting(ImportWarning::messageEn)
                .contains("person ids shared by different names: 1 id; each name is its own person: id 0 (3 names: "
                        + "0, 0-2, 0-3)");
    }

    @Test
    void nothingIsSaidWhenNoIdIsShared() {
        Repairs repairs = new Repairs();

        new PersonIds(List.of(event("event 1", person("0", "Ada"), person("0", "ada")))).report(repairs);

        assertThat(repairs.all()).isEmpty();
    }

    private static EntryPerson person(String id, String name) {
        return new EntryPerson(id, name, null);
    }

    private static ScheduleEntry event(String place, EntryPerson... persons) {
        return event(place, List.of(persons));
    }

    private static ScheduleEntry event(String place, List<EntryPerson> persons) {
        return new ScheduleEntry(DocumentPlace.same(place), null, null, "title", null, null, null, null, null, null, null, null,
                persons, false);
    }
}
