package org.digitalweek.event.export.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.model.ImportWarning;

/**
 * This project's own marks in exported schedules are read back: cancelled titles, several-day sessions
 * and the guids minted for sessions whose source had none.
 */
class ExportMarksTest {

    private static final Instant NOON = Instant.parse("2026-01-29T12:00:00Z");
    private static final Instant MIDNIGHT = Instant.parse("2026-01-30T00:00:00Z");

    @Test
    void thePartsOfASeveralDaySessionAreJoinedWhereTheFirstWas() {
        Repairs repairs = new Repairs();
        List<ScheduleEntry> entries = List.of(
                part("a", "[illustratif] jour 1 sur 2", EntryTime.at(NOON, Duration.ofHours(12))),
                entry("b", "Panel", null, EntryTime.at(NOON, Duration.ofHours(1))),
                part("c", "[illustratif] jour 2 sur 2", EntryTime.at(MIDNIGHT, Duration.ofHours(18))));

        List<ScheduleEntry> read = ExportMarks.readBack(entries, repairs);

        assertThat(read).extracting(ScheduleEntry::guid).containsExactly("a", "b");
        assertThat(read.get(0).subtitle()).isEqualTo("[illustratif]");
        assertThat(read.get(0).time()).isEqualTo(EntryTime.at(NOON, Duration.ofHours(30)));
        assertThat(repairs.all()).extracting(ImportWarning::messageEn)
                .containsExactly("day parts of a session over several days joined into one");
    }

    @Test
    void partsWithAGapOrOneMissingStaySeparate() {
        Repairs repairs = new Repairs();
        List<ScheduleEntry> gap = List.of(part("a", "day 1 of 2", EntryTime.at(NOON, Duration.ofHours(11))),
                part("c", "day 2 of 2", EntryTime.at(MIDNIGHT, Duration.ofHours(18))));
        List<ScheduleEntry> missing = List.of(part("a", "day 1 of 3", EntryTime.at(NOON, Duration.ofHours(12))),
                part("c", "day 2 of 3", EntryTime.at(MIDNIGHT, Duration.ofHours(18))));

        assertThat(ExportMarks.readBack(gap, repairs)).isEqualTo(gap);
        assertThat(ExportMarks.readBack(missing, repairs)).isEqualTo(missing);
        assertThat(repairs.all()).isEmpty();
    }

    @Test
    void aGuidMintedFromTheEventsIdIsNoSourceGuid() {
        Repairs repairs = new Repairs();
        String minted = MintedGuids.session("fosdem-2021", "11795").toString();
        List<ScheduleEntry> entries = List.of(
                new ScheduleEntry(DocumentPlace.same("event 11795"), "11795", minted, "Welcome", null, null, null, null, null, null,
                        "K.fosdem", EntryTime.at(NOON, Duration.ofMinutes(25)), List.of(), false),
                new ScheduleEntry(DocumentPlace.same("event 11796"), "11796", minted, "Other", null, null, null, null, null, null,
                        "K.fosdem", EntryTime.at(NOON, Duration.ofMinutes(25)), List.of(), false));

        List<ScheduleEntry> read = ExportMarks.readBack(entries, "fosdem-2021", repairs);

        assertThat(read.get(0).guid()).as("minted from its id in this edition").isNull();
        assertThat(read.get(1).guid()).as("minted from another id: kept").isEqualTo(minted);
        assertThat(ExportMarks.readBack(entries, "another-edition", new Repairs()).get(0).guid()).isEqualTo(minted);
        assertThat(repairs.all()).extracting(w -> w.place().english(), ImportWarning::messageEn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("event 11795",
                        "guid minted by digitalweek from the event's id, not a source's: not kept"));
    }

    @Test
    void aMarkedTitleIsACancelledSession() {
        Repairs repairs = new Repairs();
        List<ScheduleEntry> read = ExportMarks.readBack(List.of(
                entry("a", "[annulé] Panel de haut niveau", null, EntryTime.at(NOON, Duration.ofHours(1))),
                entry("b", "[cancelled] High-level panel", null, EntryTime.at(NOON, Duration.ofHours(1))),
                entry("c", "Panel [annulé]", null, EntryTime.at(NOON, Duration.ofHours(1)))), repairs);

        assertThat(read).extracting(ScheduleEntry::title)
                .containsExactly("Panel de haut niveau", "High-level panel", "Panel [annulé]");
        assertThat(read).extracting(ScheduleEntry::cancelled).containsExactly(true, true, false);
        assertThat(repairs.all()).extracting(ImportWarning::messageEn)
                .containsExactly("title marked '[annulé]': a cancelled session",
                        "title marked '[cancelled]': a cancelled session");
    }

    private static ScheduleEntry part(String guid, String subtitle, EntryTime time) {
        return entry(guid, "Exposition", subtitle, time);
    }

    private static ScheduleEntry entry(String guid, String title, String subtitle, EntryTime time) {
        return new ScheduleEntry(DocumentPlace.event(guid), guid, guid, title, subtitle, null, null, "fr", "exhibition", null,
                "Hall", time, List.of(), false);
    }
}
