package org.digitalweek.event.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.diff.DiffFixtures.HOST;
import static org.digitalweek.event.domain.diff.DiffFixtures.week;
import static org.digitalweek.event.domain.diff.ProgrammeDiffTest.hallInAnAnnex;
import static org.digitalweek.event.domain.diff.ProgrammeDiffTest.withRoom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.digitalweek.event.domain.diff.EditionChange.Kind;
import org.digitalweek.event.domain.diff.EditionChange.Part;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.DateRange;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.MinistryId;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participation;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.Precedence;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Theme;
import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.model.TrackId;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.domain.model.VenueId;
import org.junit.jupiter.api.Test;

/** Each part of {@link EditionChange}: added, removed and changed where that can happen. */
class EditionChangesTest {

    private static final String EDITION = "test-week-2027";
    private static final MinistryId PRIMATURE = new MinistryId("primature");
    private static final OfficialId EXPERT = new OfficialId("expert");

    private final PublicEdition week = week();

    private List<EditionChange> changes(PublicEdition before, PublicEdition after) {
        ProgrammeDiff diff = ProgrammeDiff.between(before, after);
        assertThat(diff.sessionChanges()).isEmpty();
        return diff.editionChanges();
    }

    private static EditionChange change(Part part, String id, Kind kind, String... fields) {
        return new EditionChange(part, id, kind, List.of(fields));
    }

    @Test
    void theEditionsOwnFactsAreComparedInRecordOrder() {
        PublicEdition after = week.toBuilder().dates(new DateRange(week.dates().start(), LocalDate.of(2027, 3, 6)))
                .title(LocalizedText.fr("Semaine d'essai, édition spéciale")).host("Zinder", Country.NIGER)
                .provenance(Provenance.illustrative(LocalizedText.fr("Dates inventées"))).build();

        assertThat(changes(week, after)).containsExactly(
                change(Part.EDITION, EDITION, Kind.CHANGED, "title", "dates", "hostCity", "provenance"));
    }

    @Test
    void anotherEditionIsNamedByTheLaterId() {
        PublicEdition next = week.toBuilder().id(new EditionId("test-week-2028")).number(3).build();

        assertThat(changes(week, next)).containsExactly(
                change(Part.EDITION, "test-week-2028", Kind.CHANGED, "id", "number"));
    }

    @Test
    void theThemeComparesItsTitleAndDescription() {
        Theme theme = week.theme();
        PublicEdition after = week.toBuilder().theme(new Theme(LocalizedText.fr("Données ouvertes et IA"),
                LocalizedText.fr("Une description"), theme.tracks())).build();

        assertThat(changes(week, after)).containsExactly(
                change(Part.THEME, EDITION, Kind.CHANGED, "title", "description"));
    }

    @Test
    void tracksAreComparedById() {
        Theme theme = week.theme();
        Track gov = theme.tracks().get(0);
        Track ai = new Track(new TrackId("ai"), LocalizedText.frEn("IA", "AI"));
        Track culture = new Track(new TrackId("culture"), LocalizedText.fr("Culture"));
        PublicEdition before = week.toBuilder().theme(new Theme(theme.title(), theme.description(),
                List.of(gov, theme.tracks().get(1), new Track(new TrackId("data"), LocalizedText.fr("Données")))))
                .build();
        PublicEdition after = week.toBuilder().theme(new Theme(theme.title(), theme.description(),
                List.of(culture, ai, gov))).build();

        assertThat(changes(before, after)).containsExactly(
                change(Part.TRACK, "ai", Kind.CHANGED, "name"),
                change(Part.TRACK, "culture", Kind.ADDED),
                change(Part.TRACK, "data", Kind.REMOVED));
    }

    @Test
    void venuesCompareTheirOwnComponentsNotTheirRooms() {
        Venue palace = week.venues().get(0);
        Venue renamed = new Venue(palace.id(), LocalizedText.fr("Palais des congrès de Niamey"), Optional.of("PCN"),
                palace.city(), palace.country(), palace.rooms().subList(0, 1), palace.provenance());
        Venue hotel = new Venue(new VenueId("hotel"), LocalizedText.fr("Hôtel"), Optional.empty(), "Niamey",
                Country.NIGER, List.of(palace.rooms().get(1)), Provenance.reported());
        PublicEdition after = week.toBuilder().venues(List.of(renamed, hotel)).build();

        assertThat(changes(week, after)).containsExactly(
                change(Part.VENUE, "hotel", Kind.ADDED),
                change(Part.VENUE, "palais", Kind.CHANGED, "name", "shortName"),
                change(Part.ROOM, "hall", Kind.CHANGED, "venue"));
    }

    @Test
    void aVenueAndItsRoomsAreRemovedTogether() {
        PublicEdition withAnnex = hallInAnAnnex(week);
        Venue annex = withAnnex.venues().get(1);
        Room studio = new Room(new RoomId("studio"), LocalizedText.fr("Studio"), OptionalInt.empty(), false,
                Provenance.reported());
        PublicEdition before = withAnnex.toBuilder().venues(List.of(withAnnex.venues().get(0), annex,
                new Venue(new VenueId("studio-house"), LocalizedText.fr("Maison"), Optional.empty(), "Niamey",
                        Country.NIGER, List.of(studio), Provenance.reported()))).build();

        assertThat(changes(before, withAnnex)).containsExactly(
                change(Part.VENUE, "studio-house", Kind.REMOVED),
                change(Part.ROOM, "studio", Kind.REMOVED));
    }

    @Test
    void roomsAreComparedByIdWhicheverVenueHoldsThem() {
        PublicEdition bigger = withRoom(week, "hall", r -> new Room(r.id(), LocalizedText.fr("Grand hall"),
                OptionalInt.of(900), false, r.provenance()));
        PublicEdition moved = hallInAnAnnex(week);

        assertThat(changes(week, bigger)).containsExactly(
                change(Part.ROOM, "hall", Kind.CHANGED, "name", "capacity", "sharedSpace"));
        assertThat(changes(week, moved)).containsExactly(
                change(Part.VENUE, "annex", Kind.ADDED),
                change(Part.ROOM, "hall", Kind.CHANGED, "venue"));
        assertThat(changes(moved, hallInAnAnnex(bigger))).containsExactly(
                change(Part.ROOM, "hall", Kind.CHANGED, "name", "capacity", "sharedSpace"));
    }

    @Test
    void aRoomIsAddedOrRemoved() {
        Venue palace = week.venues().get(0);
        List<Room> rooms = new ArrayList<>(palace.rooms());
        rooms.add(new Room(new RoomId("annex-room"), LocalizedText.fr("Salle annexe"), OptionalInt.of(30), false,
                Provenance.reported()));
        PublicEdition more = week.toBuilder().venues(List.of(new Venue(palace.id(), palace.name(),
                palace.shortName(), palace.city(), palace.country(), rooms, palace.provenance()))).build();

        assertThat(changes(week, more)).containsExactly(change(Part.ROOM, "annex-room", Kind.ADDED));
        assertThat(changes(more, week)).containsExactly(change(Part.ROOM, "annex-room", Kind.REMOVED));
    }

    @Test
    void ministriesAreAddedRemovedAndChanged() {
        Ministry primature = new Ministry(PRIMATURE, Country.NIGER, LocalizedText.fr("Primature"), Optional.empty(),
                Provenance.reported());
        List<Ministry> ministries = new ArrayList<>(week.ministries());
        ministries.add(primature);
        PublicEdition more = week.toBuilder().ministries(ministries).build();
        PublicEdition renamed = week.toBuilder().ministries(week.ministries().stream()
                .map(m -> m.id().value().equals("mcpen") ? new Ministry(m.id(), m.country(),
                        LocalizedText.fr("Ministère de la communication"), Optional.empty(), m.provenance()) : m)
                .toList()).build();

        assertThat(changes(week, more)).containsExactly(change(Part.MINISTRY, "primature", Kind.ADDED));
        assertThat(changes(more, week)).containsExactly(change(Part.MINISTRY, "primature", Kind.REMOVED));
        assertThat(changes(week, renamed)).containsExactly(
                change(Part.MINISTRY, "mcpen", Kind.CHANGED, "name", "acronym"));
    }

    @Test
    void participationsAreKeyedByMinistryAndCompareTheirRoles() {
        Ministry primature = new Ministry(PRIMATURE, Country.NIGER, LocalizedText.fr("Primature"), Optional.empty(),
                Provenance.reported());
        List<Ministry> ministries = new ArrayList<>(week.ministries());
        ministries.add(primature);
        PublicEdition bodies = week.toBuilder().ministries(ministries).build();
        List<Participation> participations = new ArrayList<>(week.participations());
        participations.add(Participation.of(PRIMATURE, ParticipationRole.PATRON));
        PublicEdition patronised = bodies.toBuilder().participations(participations).build();
        PublicEdition organised = week.toBuilder().participations(week.participations().stream()
                .map(p -> p.ministry().value().equals("mcpen")
                        ? Participation.of(p.ministry(), ParticipationRole.HOST, ParticipationRole.ORGANISER) : p)
                .toList()).build();

        assertThat(changes(bodies, patronised)).containsExactly(change(Part.PARTICIPATION, "primature", Kind.ADDED));
        assertThat(changes(patronised, bodies)).containsExactly(
                change(Part.PARTICIPATION, "primature", Kind.REMOVED));
        assertThat(changes(week, organised))
                .containsExactly(change(Part.PARTICIPATION, "mcpen", Kind.CHANGED, "roles"));
    }

    @Test
    void officialsAreAddedRemovedAndChangedInEveryComponent() {
        Official expert = new Official(EXPERT, "Awa Diallo", "Dr", LocalizedText.EMPTY, Optional.empty(),
                Precedence.UNRANKED, Provenance.reported());
        List<Official> officials = new ArrayList<>(week.officials());
        officials.add(expert);
        PublicEdition more = week.toBuilder().officials(officials).build();
        PublicEdition changed = week.toBuilder().officials(week.officials().stream()
                .map(o -> o.id().equals(HOST) ? new Official(o.id(), "Autre nom", "Mme",
                        LocalizedText.fr("Ministre d'État"), Optional.of(new MinistryId("mtd")), new Precedence(1),
                        Provenance.illustrative(LocalizedText.fr("Nom inventé"))) : o)
                .toList()).build();

        assertThat(changes(week, more)).containsExactly(change(Part.OFFICIAL, "expert", Kind.ADDED));
        assertThat(changes(more, week)).containsExactly(change(Part.OFFICIAL, "expert", Kind.REMOVED));
        ProgrammeDiff diff = ProgrammeDiff.between(week, changed);
        assertThat(diff.editionChanges()).containsExactly(change(Part.OFFICIAL, "host-minister", Kind.CHANGED,
                "fullName", "honorific", "postTitle", "ministry", "precedence", "provenance"));
        // The host presides at the opening only: that session shows the change too.
        assertThat(diff.sessionChanges()).extracting(SessionChange::sessionId).containsExactly(DiffFixtures.OPENING);
    }
}
