package org.digitalweek.event.export.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;

class ScheduleBuilderTest {

    private static final LocalDate DAY = LocalDate.of(2014, 12, 27);
    private static final Conference CONGRESS = new Conference("31C3", "31. Chaos Communication Congress",
            "A New Dawn", DAY, DAY.plusDays(3), "Europe/Berlin", "Hamburg", "CCH", null, DocumentPlace.same("conference"));

    @Test
    void entriesBecomeAValidEditionWithStableIdsRoomsTracksAndPeople() {
        ScheduleBuilder builder = new ScheduleBuilder(ImportContext.named("31c3.xml"));
        builder.conference(CONGRESS);
        builder.room("Saal 1", 3000);
        builder.room("Saal G", null);
        builder.add(entry("event 6561", "6561", "29aecfd7-2e44-4f49-ab86-29b5e0877325", "Opening", "lecture",
                "CCC", "Saal 1", EntryTime.at(Instant.parse("2014-12-27T10:00:00Z"), Duration.ofMinutes(30)),
                List.of(new EntryPerson("1544", "erdgeist", null), new EntryPerson("3874", "Geraldine", "moderator"))));
        builder.add(entry("event 6264", "6264", null, "Wir beteiligen uns", "podium", "Ethics", "Saal 1",
                EntryTime.local(LocalDateTime.of(2014, 12, 28, 1, 30), Duration.ofHours(1)),
                List.of(new EntryPerson("1544", "erdgeist", "speaker"))));

        ImportResult result = builder.build();
        EditionDraft draft = Validators.inputValidator().check("31c3.xml", result.edition());

        assertThat(draft.id()).isEqualTo("31c3");
        assertThat(draft.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(draft.hostCountry()).as("never taken from the time zone").isNull();
        assertThat(draft.hostCity()).isEqualTo("Hamburg");
        assertThat(draft.series().hostCountry()).isNull();
        assertThat(draft.venues()).singleElement().satisfies(v -> {
            assertThat(v.city()).isEqualTo("Hamburg");
            assertThat(v.country()).isNull();
        });
        assertThat(draft.theme().title()).containsEntry("en", "A New Dawn");
        assertThat(draft.theme().tracks()).extracting(t -> t.id()).containsExactly("ccc", "ethics");
        assertThat(draft.venues().get(0).rooms()).extracting(r -> r.id(), r -> r.capacity())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("saal-1", 3000),
                        org.assertj.core.groups.Tuple.tuple("saal-g", null));
        SessionDraft opening = draft.sessions().get(0);
        assertThat(opening.id()).isEqualTo("29aecfd7-2e44-4f49-ab86-29b5e0877325");
        assertThat(opening.slot().start()).as("in the edition's zone").isEqualTo(LocalDateTime.of(2014, 12, 27, 11, 0));
        assertThat(opening.participants()).extracting(p -> p.official(), p -> p.role()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1544", ParticipantRole.SPEAKER),
                org.assertj.core.groups.Tuple.tuple("3874", ParticipantRole.MODERATOR));
        SessionDraft podium = draft.sessions().get(1);
        assertThat(podium.id()).isEqualTo("6264");
        assertThat(podium.type()).isEqualTo(SessionType.PANEL);
        assertThat(draft.officials()).extracting(o -> o.id(), o -> o.fullName()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1544", "erdgeist"),
                org.assertj.core.groups.Tuple.tuple("3874", "Geraldine"));
        assertThat(result.warnings()).extracting(w -> w.place().english(), ImportWarning::messageEn).contains(
                org.assertj.core.groups.Tuple.tuple("event 6264", "no guid, derived from id"),
                org.assertj.core.groups.Tuple.tuple("conference",
                        "host country not given: left out, never guessed; the country option (--country) sets it"));
        assertThat(Drafts.toEdition(draft).sessions()).hasSize(2);
    }

    @Test
    void whatTheUserGaveWinsOverWhatTheScheduleSays() {
        ScheduleBuilder builder = new ScheduleBuilder(ImportContext.named("x.xml").withEditionId("ccc-2014")
                .withHostCountry("ML").withHostCity("Bamako").withDefaultLanguage("de"));
        builder.conference(CONGRESS);
        builder.add(entry("event 1", "1", null, "Eins", null, null, null,
                EntryTime.local(LocalDateTime.of(2014, 12, 27, 12, 0), Duration.ofMinutes(30)), List.of()));

        EditionDraft draft = builder.build().edition();

        assertThat(draft.id()).isEqualTo("ccc-2014");
        assertThat(draft.hostCountry()).isEqualTo("ML");
        assertThat(draft.hostCity()).isEqualTo("Bamako");
        assertThat(draft.title()).containsOnlyKeys("de");
    }

    @Test
    void withoutAZoneNameOrOptionTheImportFailsWithAClearProblem() {
        ScheduleBuilder builder = new ScheduleBuilder(ImportContext.named("fosdem.xml"));
        builder.conference(new Conference(null, "FOSDEM 2021", null, DAY, DAY, null, null, "Online", null,
                DocumentPlace.same("conference")));

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.place().english()).isEqualTo("conference");
                assertThat(p.ruleEn()).startsWith("no time zone").contains("time zone option");
            });
            assertThat(e.getMessage()).startsWith("fosdem.xml at conference: no time zone");
        });
    }

    @Test
    void theZoneOptionRepairsAMissingZoneButNamesNeitherTheCityNorTheCountry() {
        ScheduleBuilder builder = new ScheduleBuilder(ImportContext.named("fosdem-2021.xml")
                .withDefaultZone(ZoneId.of("Europe/Brussels")));
        builder.conference(new Conference(null, "FOSDEM 2021", null, null, null, null, "", "Online", null,
                DocumentPlace.same("conference")));
        builder.add(entry("event 11795", "11795", null, "Welcome", "maintrack", "FOSDEM", "K.fosdem",
                EntryTime.local(LocalDateTime.of(2021, 2, 6, 9, 0), Duration.ZERO), List.of()));
        builder.add(entry("event 11796", "11796", null, "Again", "maintrack", "FOSDEM", "K.fosdem",
                EntryTime.local(LocalDateTime.of(2021, 2, 7, 9, 0), Duration.ofMinutes(25)), List.of()));

        ImportResult result = builder.build();

        assertThat(result.edition().id()).isEqualTo("fosdem-2021");
        assertThat(result.edition().hostCity()).as("not the zone's city").isNull();
        assertThat(result.edition().hostCountry()).as("not the zone's country").isNull();
        assertThat(result.edition().venues()).singleElement().satisfies(v -> {
            assertThat(v.name()).containsEntry("en", "Online");
            assertThat(v.city()).isNull();
            assertThat(v.illustrativeNote()).isNull();
        });
        assertThat(result.edition().startDate()).isEqualTo(LocalDate.of(2021, 2, 6));
        assertThat(result.edition().endDate()).isEqualTo(LocalDate.of(2021, 2, 7));
        assertThat(result.edition().sessions().get(0).slot().end()).isEqualTo(LocalDateTime.of(2021, 2, 6, 9, 1));
        assertThat(result.warnings()).extracting(ImportWarning::messageEn).contains(
                "no acronym: id 'fosdem-2021' made from the file name",
                "unknown type 'maintrack' read as 'other'; the source's word is kept as the session's kind in its source (2 times"
                        + "; also at event 11796)",
                "zero duration: one minute",
                "conference dates taken from the events",
                "host city and country not given: left out, never guessed; the city and country options"
                        + " (--city, --country) set them");
        Validators.inputValidator().check("fosdem", result.edition());
    }

    /** Issue 17: Europe/Berlin is the zone of Leipzig too; a zone is no evidence of the city or country. */
    @Test
    void aScheduleThatNamesNoPlaceImportsWithNoHostCityOrCountryAndAVenueThatSaysSo() {
        ScheduleBuilder builder = new ScheduleBuilder(ImportContext.named("leipzig.json"));
        builder.conference(new Conference("dw", "Datenwoche", null, DAY, DAY, "Europe/Berlin", " ", null, null,
                DocumentPlace.same("conference")));
        builder.add(entry("event 1", "1", null, "Eröffnung", null, null, "Saal 1",
                EntryTime.local(LocalDateTime.of(2014, 12, 27, 10, 0), Duration.ofHours(1)), List.of()));

        ImportResult result = builder.build();
        EditionDraft draft = Validators.inputValidator().check("leipzig.json", result.edition());

        assertThat(draft.hostCity()).isNull();
        assertThat(draft.hostCountry()).isNull();
        assertThat(draft.series().hostCountry()).isNull();
        assertThat(draft.venues()).singleElement().satisfies(v -> {
            assertThat(v.city()).isNull();
            assertThat(v.country()).isNull();
            assertThat(v.name()).containsEntry("en", "Venue not given").containsEntry("fr", "Lieu non indiqué");
            assertThat(v.illustrativeNote()).as("marked, as invented items are").isNotEmpty();
        });
        assertThat(result.warnings()).filteredOn(w -> w.messageEn().contains("not given"))
                .singleElement().satisfies(w -> {
                    assertThat(w.messageEn()).contains("--city", "--country").doesNotContain("Berlin");
                    assertThat(w.messageFr()).contains("ville et pays hôtes non indiqués", "--city", "--country");
                });
        assertThat(Drafts.toEdition(draft)).satisfies(e -> {
            assertThat(e.hostCity()).isEmpty();
            assertThat(e.hostCountry()).isEmpty();
            assertThat(e.venues().get(0).provenance().isIllustrative()).isTrue();
        });
    }

    @Test
    void duplicateGuidsAndMissingIdsGetIdsOfTheirOwnAndNothingIsLost() {
        ScheduleBuilder builder = new ScheduleBuilder(ImportContext.named("x.ics"));
        builder.conference(CONGRESS);
        EntryTime time = EntryTime.local(LocalDateTime.of(2014, 12, 27, 12, 0), Duration.ofMinutes(30));
        builder.add(new ScheduleEntry(DocumentPlace.same("VEVENT 1"), null, "same", "Un", "Sous-titre", "Résumé", "Résumé", null,
                null, null, null, time, List.of(), true));
        builder.add(entry("VEVENT 2", null, "same", "Deux", null, null, null, time, List.of()));
        builder.add(entry("VEVENT 3", null, "has space", "", null, null, null, time, List.of()));

        ImportResult result = builder.build();

        List<SessionDraft> sessions = result.edition().sessions();
        assertThat(sessions).extracting(SessionDraft::id).containsExactly("same", "deux", "vevent-3");
        assertThat(sessions.get(0).status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(sessions.get(0).summary()).isEqualTo(Map.of("en", "Sous-titre\n\nRésumé"));
        assertThat(sessions.get(2).title()).containsValue("VEVENT 3");
        assertThat(result.warnings()).extracting(ImportWarning::messageEn).contains(
                "guid used twice and no id: derived from the title",
                "guid is not an id and no id: derived from the title");
    }

    @Test
    void everyUnreadableEntryIsReportedTogether() {
        ScheduleBuilder builder = new ScheduleBuilder(ImportContext.named("x.json"));
        builder.conference(CONGRESS);
        builder.problems().add(DocumentPlace.same("event 1"), "durée illisible « soon »", "unreadable duration 'soon'");
        builder.add(entry("event 1", "1", null, "Un", null, null, null, null, List.of()));
        builder.problems().add(DocumentPlace.same("event 2"), "date illisible « yesterday »",
                "unreadable date 'yesterday'");
        builder.add(entry("event 2", "2", null, "Deux", null, null, null, null, List.of()));

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(UnreadableDocumentException.class, e ->
                assertThat(e.problems()).extracting(p -> p.place().english()).containsExactly("event 1", "event 2"));
    }

    private static ScheduleEntry entry(String place, String id, String guid, String title, String type, String track,
                                       String room, EntryTime time, List<EntryPerson> persons) {
        return new ScheduleEntry(DocumentPlace.same(place), id, guid, title, null, null, null, null, type, track, room, time, persons,
                false);
    }
}
