package org.digitalweek.event.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitalweek.event.domain.diff.DiffFixtures.EXPO;
import static org.digitalweek.event.domain.diff.DiffFixtures.HALL;
import static org.digitalweek.event.domain.diff.DiffFixtures.HOST;
import static org.digitalweek.event.domain.diff.DiffFixtures.OPENING;
import static org.digitalweek.event.domain.diff.DiffFixtures.PANEL;
import static org.digitalweek.event.domain.diff.DiffFixtures.PLENARY;
import static org.digitalweek.event.domain.diff.DiffFixtures.TRAINING;
import static org.digitalweek.event.domain.diff.DiffFixtures.content;
import static org.digitalweek.event.domain.diff.DiffFixtures.copy;
import static org.digitalweek.event.domain.diff.DiffFixtures.newSession;
import static org.digitalweek.event.domain.diff.DiffFixtures.reversed;
import static org.digitalweek.event.domain.diff.DiffFixtures.session;
import static org.digitalweek.event.domain.diff.DiffFixtures.slot;
import static org.digitalweek.event.domain.diff.DiffFixtures.week;
import static org.digitalweek.event.domain.diff.DiffFixtures.weekWithCancellations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

import org.digitalweek.event.domain.diff.EditionChange.Kind;
import org.digitalweek.event.domain.diff.EditionChange.Part;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.Participation;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.Precedence;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.Theme;
import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.model.TrackId;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.domain.model.VenueId;
import org.junit.jupiter.api.Test;

/** What {@link ProgrammeDiff} holds, when it is empty and in which order it lists changes. */
class ProgrammeDiffTest {

    private final PublicEdition week = week();

    @Test
    void anEditionComparedWithItselfHasNoChange() {
        assertThat(ProgrammeDiff.between(week, week).isEmpty()).isTrue();
        assertThat(ProgrammeDiff.between(week, week)).isEqualTo(ProgrammeDiff.NONE);
        assertThat(ProgrammeDiff.between(week, week())).isEqualTo(ProgrammeDiff.NONE);
    }

    @Test
    void anEditionWithCancelledSessionsComparedWithItselfHasNoChange() {
        PublicEdition cancelled = weekWithCancellations();

        assertThat(cancelled.sessions()).filteredOn(Session::isCancelled).hasSize(2);
        assertThat(ProgrammeDiff.between(cancelled, cancelled)).isEqualTo(ProgrammeDiff.NONE);
    }

    @Test
    void noneIsEmptyAndADiffWithAChangeIsNot() {
        assertThat(ProgrammeDiff.NONE.isEmpty()).isTrue();
        assertThat(new ProgrammeDiff(List.of(), List.of(new EditionChange(Part.ROOM, "hall", Kind.REMOVED,
                List.of()))).isEmpty()).isFalse();
        assertThat(new ProgrammeDiff(List.of(new SessionAdded(session(week, PANEL))), List.of()).isEmpty()).isFalse();
    }

    @Test
    void statusVersionAndPublicationAloneAreNoChange() {
        PublicEdition published = week.toBuilder().status(EditionStatus.PUBLISHED).version(7)
                .publishedAt(Optional.of(Instant.parse("2027-02-01T10:00:00Z"))).build();

        assertThat(published).isNotEqualTo(week);
        assertThat(ProgrammeDiff.between(week, published).isEmpty()).isTrue();
        assertThat(ProgrammeDiff.between(published, week).isEmpty()).isTrue();
    }

    @Test
    void theOrderOfTheSessionsListIsNoChange() {
        PublicEdition reordered = week.toBuilder().sessions(reversed(week.sessions())).build();

        assertThat(reordered).isNotEqualTo(week);
        assertThat(ProgrammeDiff.between(week, reordered).isEmpty()).isTrue();
    }

    @Test
    void theOrderOfTheOtherIdKeyedListsIsNoChange() {
        PublicEdition reordered = everyListReversed(week);

        assertThat(reordered).isNotEqualTo(week);
        assertThat(ProgrammeDiff.between(week, reordered).isEmpty()).isTrue();
    }

    @Test
    void theSpeakingOrderIsAChange() {
        Session opening = session(week, OPENING);
        Session reordered = copy(opening).participants(reversed(opening.participants())).build();

        assertThat(ProgrammeDiff.between(week, week.withSession(reordered)).isEmpty()).isFalse();
    }

    /** {@code between(a, b)} is empty exactly when a and b have equal public content, for every pair. */
    @Test
    void isEmptyExactlyWhenThePublicContentIsEqual() {
        Map<String, PublicEdition> variants = variants();
        int equalPairs = 0;
        int differentPairs = 0;
        for (Map.Entry<String, PublicEdition> a : variants.entrySet()) {
            for (Map.Entry<String, PublicEdition> b : variants.entrySet()) {
                boolean sameContent = content(a.getValue()).equals(content(b.getValue()));
                assertThat(ProgrammeDiff.between(a.getValue(), b.getValue()).isEmpty())
                        .as("%s → %s", a.getKey(), b.getKey()).isEqualTo(sameContent);
                if (sameContent) {
                    equalPairs++;
                } else {
                    differentPairs++;
                }
            }
        }
        // The three variants with the week's content are equal in 3 × 3 pairs; the rest differ from every other.
        int n = variants.size();
        assertThat(equalPairs).isEqualTo(9 + (n - 3));
        assertThat(differentPairs).isEqualTo(n * n - equalPairs);
    }

    private Map<String, PublicEdition> variants() {
        Map<String, UnaryOperator<PublicEdition>> changes = new LinkedHashMap<>();
        changes.put("the week", e -> e);
        changes.put("published", e -> e.toBuilder().status(EditionStatus.PUBLISHED).version(2)
                .publishedAt(Optional.of(Instant.parse("2027-02-01T10:00:00Z"))).build());
        changes.put("every list reversed", ProgrammeDiffTest::everyListReversed);
        changes.put("panel moved", e -> e.withSession(session(e, PANEL).movedTo(slot(1, 14, 16), Optional.of(HALL))));
        changes.put("speaking order", e -> e.withSession(copy(session(e, OPENING))
                .participants(reversed(session(e, OPENING).participants())).build()));
        changes.put("training cancelled",
                e -> e.withSession(session(e, TRAINING).withStatus(SessionStatus.CANCELLED)));
        changes.put("expo tentative", e -> e.withSession(session(e, EXPO).withStatus(SessionStatus.TENTATIVE)));
        changes.put("panel removed", e -> e.toBuilder()
                .sessions(e.sessions().stream().filter(s -> !s.id().equals(PANEL)).toList()).build());
        changes.put("keynote added", e -> e.withSession(
                newSession("keynote", "Discours", "Keynote", slot(3, 9, 10), Optional.of(PLENARY))));
        changes.put("new title", e -> e.toBuilder().title(LocalizedText.fr("Autre semaine")).build());
        changes.put("number 3", e -> e.toBuilder().number(3).build());
        changes.put("track renamed", e -> e.toBuilder().theme(new Theme(e.theme().title(), e.theme().description(),
                List.of(new Track(new TrackId("gov"), LocalizedText.fr("Gouvernance")), e.theme().tracks().get(1))))
                .build());
        changes.put("hall bigger", e -> withRoom(e, "hall", r -> new Room(r.id(), r.name(), OptionalInt.of(900),
                r.sharedSpace(), r.provenance())));
        changes.put("hall in an annex", ProgrammeDiffTest::hallInAnAnnex);
        changes.put("host without honorific", e -> e.toBuilder().officials(e.officials().stream()
                .map(o -> o.id().equals(HOST) ? withoutHonorific(o) : o).toList()).build());
        changes.put("mtd also partner", e -> e.toBuilder().participations(e.participations().stream()
                .map(p -> p.ministry().value().equals("mtd")
                        ? Participation.of(p.ministry(), ParticipationRole.GUEST_DELEGATION, ParticipationRole.PARTNER)
                        : p).toList()).build());
        changes.put("mtd acronym", e -> e.toBuilder().ministries(e.ministries().stream()
                .map(m -> m.id().value().equals("mtd")
                        ? new Ministry(m.id(), m.country(), m.name(), Optional.of("MTDN"), m.provenance()) : m)
                .toList()).build());
        Map<String, PublicEdition> variants = new LinkedHashMap<>();
        changes.forEach((name, change) -> variants.put(name, change.apply(week)));
        return variants;
    }

    static PublicEdition everyListReversed(PublicEdition e) {
        return e.toBuilder()
                .theme(new Theme(e.theme().title(), e.theme().description(), reversed(e.theme().tracks())))
                .venues(reversed(e.venues()).stream().map(v -> new Venue(v.id(), v.name(), v.shortName(), v.city(),
                        v.country(), reversed(v.rooms()), v.provenance())).toList())
                .ministries(reversed(e.ministries()))
                .participations(reversed(e.participations()))
                .officials(reversed(e.officials()))
                .sessions(reversed(e.sessions()))
                .build();
    }

    static PublicEdition withRoom(PublicEdition e, String roomId, UnaryOperator<Room> change) {
        return e.toBuilder().venues(e.venues().stream().map(v -> new Venue(v.id(), v.name(), v.shortName(), v.city(),
                v.country(), v.rooms().stream().map(r -> r.id().value().equals(roomId) ? change.apply(r) : r).toList(),
                v.provenance())).toList()).build();
    }

    /** @return the edition with the hall moved out of the palace into a new venue, the annex */
    static PublicEdition hallInAnAnnex(PublicEdition e) {
        Venue palace = e.venues().get(0);
        Room hall = palace.rooms().stream().filter(r -> r.id().equals(HALL)).findFirst().orElseThrow();
        Venue palaceWithoutHall = new Venue(palace.id(), palace.name(), palace.shortName(), palace.city(),
                palace.country(), palace.rooms().stream().filter(r -> !r.equals(hall)).toList(), palace.provenance());
        Venue annex = new Venue(new VenueId("annex"), LocalizedText.fr("Annexe"), Optional.empty(),
                Optional.of("Niamey"),
                palace.country(), List.of(hall), Provenance.reported());
        return e.toBuilder().venues(List.of(palaceWithoutHall, annex)).build();
    }

    private static Official withoutHonorific(Official o) {
        return new Official(o.id(), o.fullName(), "", o.postTitle(), o.ministry(), o.precedence(), o.provenance());
    }

    @Test
    void sessionChangesAreOrderedByStartThenIdThenKind() {
        Session opening = session(week, OPENING);
        Session expo = session(week, EXPO);
        Session training = session(week, TRAINING);
        Session early = newSession("breakfast", "Petit-déjeuner", "Breakfast", slot(0, 7, 8), Optional.of(HALL));
        Session keynote = newSession("keynote", "Discours", "Keynote", slot(0, 9, 10), Optional.of(PLENARY));
        Session openingOnDay3 = copy(opening).title(LocalizedText.fr("Ouverture")).build()
                .movedTo(slot(3, 9, 11), opening.room());
        Session bigExpo = copy(expo).expectedAttendance(OptionalInt.of(5000)).build();
        Session newTraining = copy(training).title(LocalizedText.fr("Formation IA")).build();
        List<Session> sessions = new ArrayList<>(List.of(openingOnDay3, bigExpo, newTraining, keynote, early));
        PublicEdition after = week.toBuilder().sessions(sessions).build();

        ProgrammeDiff diff = ProgrammeDiff.between(week, after);

        assertThat(diff.sessionChanges()).containsExactly(
                new SessionAdded(early),                                                   // day 0, 07:00
                new SessionDetailsChanged(expo, bigExpo, List.of("expectedAttendance")),   // day 0, 09:00, expo
                new SessionAdded(keynote),                                                 // day 0, 09:00, keynote
                new SessionRemoved(session(week, PANEL)),                                  // day 1, 10:00, as it was
                new SessionRetitled(training, newTraining),                                // day 2, 14:00
                new SessionMoved(opening, openingOnDay3),                                  // day 3, 09:00, as it is
                new SessionRetitled(opening, openingOnDay3));
    }

    @Test
    void editionChangesAreOrderedByPartThenId() {
        PublicEdition after = hallInAnAnnex(week).toBuilder()
                .title(LocalizedText.fr("Autre semaine"))
                .officials(week.officials().stream().map(o -> new Official(o.id(), o.fullName(), o.honorific(),
                        o.postTitle(), o.ministry(), new Precedence(9), o.provenance())).toList())
                .theme(new Theme(week.theme().title(), week.theme().description(), List.of()))
                .sessions(week.sessions().stream().map(s -> copy(s).track(Optional.empty()).build()).toList())
                .build();

        ProgrammeDiff diff = ProgrammeDiff.between(week, after);

        assertThat(diff.editionChanges()).containsExactly(
                new EditionChange(Part.EDITION, "test-week-2027", Kind.CHANGED, List.of("title")),
                new EditionChange(Part.TRACK, "ai", Kind.REMOVED, List.of()),
                new EditionChange(Part.TRACK, "gov", Kind.REMOVED, List.of()),
                new EditionChange(Part.VENUE, "annex", Kind.ADDED, List.of()),
                new EditionChange(Part.ROOM, "hall", Kind.CHANGED, List.of("venue")),
                new EditionChange(Part.OFFICIAL, "guest-minister", Kind.CHANGED, List.of("precedence")),
                new EditionChange(Part.OFFICIAL, "host-minister", Kind.CHANGED, List.of("precedence")));
    }

    @Test
    void theListsAreCopiedAndUnmodifiable() {
        List<SessionChange> sessionChanges = new ArrayList<>(List.of(new SessionAdded(session(week, PANEL))));
        List<EditionChange> editionChanges = new ArrayList<>();
        ProgrammeDiff diff = new ProgrammeDiff(sessionChanges, editionChanges);

        sessionChanges.clear();
        editionChanges.add(new EditionChange(Part.ROOM, "hall", Kind.ADDED, List.of()));

        assertThat(diff.sessionChanges()).hasSize(1);
        assertThat(diff.editionChanges()).isEmpty();
        assertThatThrownBy(() -> diff.sessionChanges().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> diff.editionChanges().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> new ProgrammeDiff(null, List.of()))
                .withMessage("'sessionChanges' must not be null");
        assertThatNullPointerException().isThrownBy(() -> new ProgrammeDiff(List.of(), null))
                .withMessage("'editionChanges' must not be null");
        assertThatNullPointerException().isThrownBy(() -> ProgrammeDiff.between(null, week))
                .withMessage("'before' must not be null");
        assertThatNullPointerException().isThrownBy(() -> ProgrammeDiff.between(week, null))
                .withMessage("'after' must not be null");
    }
}
