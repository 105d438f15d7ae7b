package org.digitalweek.event.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.diff.DiffFixtures.HALL;
import static org.digitalweek.event.domain.diff.DiffFixtures.PANEL;
import static org.digitalweek.event.domain.diff.DiffFixtures.copy;
import static org.digitalweek.event.domain.diff.DiffFixtures.session;
import static org.digitalweek.event.domain.diff.DiffFixtures.week;
import static org.digitalweek.event.domain.diff.ProgrammeDiffTest.withRoom;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.TrackId;
import org.digitalweek.event.domain.model.Venue;
import org.junit.jupiter.api.Test;

/** What a person reads of a diff names rooms, tracks and components, never by their ids. */
class DiffNamesThingsTest {

    private final PublicEdition week = week();

    /** The panel moved into the hall, which is renamed on the way; its track set. */
    private ProgrammeDiff movedIntoARenamedHall() {
        Session panel = session(week, PANEL);
        PublicEdition after = withRoom(week, "hall", r -> new Room(r.id(),
                LocalizedText.frEn("Grand hall", "Great hall"), r.capacity(), r.sharedSpace(), r.provenance()))
                .withSession(copy(panel.movedTo(panel.slot(), Optional.of(HALL)))
                        .track(Optional.of(new TrackId("ai"))).build());
        return ProgrammeDiff.between(week, after);
    }

    @Test
    void aMoveNamesBothRoomsAndARenamedRoomShowsBothNamesInFrench() {
        assertThat(DiffText.render(movedIntoARenamedHall(), "fr")).isEqualTo("""
                ~ Déplacée : « Session panel-1 » (panel-1) : 2027-03-02 10:00–12:00, « Salle plénière » → 2027-03-02 10:00–12:00, « Grand hall »
                ~ Détails modifiés : « Session panel-1 » (panel-1) : piste « Gouvernance numérique » → « Intelligence artificielle »
                ~ Salle « Hall d'exposition » → « Grand hall » modifiée : nom
                """);
    }

    @Test
    void aMoveNamesBothRoomsAndARenamedRoomShowsBothNamesInEnglish() {
        assertThat(DiffText.render(movedIntoARenamedHall(), "en")).isEqualTo("""
                ~ Moved: 'Session panel-1' (panel-1): 2027-03-02 10:00–12:00 in 'Salle plénière' → 2027-03-02 10:00–12:00 in 'Great hall'
                ~ Details changed: 'Session panel-1' (panel-1): track 'Gouvernance numérique' → 'Intelligence artificielle'
                ~ Room 'Hall d'exposition' → 'Great hall' changed: name
                """);
    }

    @Test
    void aRemovedRoomIsNamedAsTheEarlierProgrammeHadIt() {
        PublicEdition before = withRoom(week, "hall", r -> new Room(r.id(), LocalizedText.fr("Ancien hall"),
                r.capacity(), r.sharedSpace(), r.provenance()));
        PublicEdition after = week.toBuilder().venues(week.venues().stream()
                .map(v -> new Venue(v.id(), v.name(), v.shortName(), v.city(),
                        v.country(), v.rooms().stream().filter(r -> !r.id().equals(HALL)).toList(), v.provenance()))
                .toList()).sessions(week.sessions().stream()
                .filter(s -> !s.room().equals(Optional.of(HALL))).toList()).build();

        assertThat(DiffText.render(ProgrammeDiff.between(before, after), "fr")).contains("- Salle « Ancien hall » retirée");
    }

    @Test
    void everyComponentADiffReportsHasWordsInBothLanguages() {
        List<String> reported = new ArrayList<>();
        Stream.of(EditionDiffer.EDITION, EditionDiffer.THEME, EditionDiffer.TRACK, EditionDiffer.VENUE,
                        EditionDiffer.ROOM, EditionDiffer.MINISTRY, EditionDiffer.PARTICIPATION,
                        EditionDiffer.OFFICIAL, SessionDiffer.DETAILS)
                .forEach(components -> components.forEach(c -> reported.add(c.name())));

        assertThat(FieldWords.known()).containsAll(reported);
        assertThat(reported).allSatisfy(field -> {
            assertThat(FieldWords.of(field, true)).doesNotMatch(".*[a-z][A-Z].*");
            assertThat(FieldWords.of(field, false)).doesNotMatch(".*[a-z][A-Z].*");
        });
    }
}
