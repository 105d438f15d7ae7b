package org.digitalweek.event.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.digitalweek.event.domain.diff.DiffFixtures.OPENING;
import static org.digitalweek.event.domain.diff.DiffFixtures.PANEL;
import static org.digitalweek.event.domain.diff.DiffFixtures.session;
import static org.digitalweek.event.domain.diff.DiffFixtures.week;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.digitalweek.event.domain.diff.EditionChange.Kind;
import org.digitalweek.event.domain.diff.EditionChange.Part;
import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.Participation;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.Theme;
import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.model.Venue;
import org.junit.jupiter.api.Test;

/** The invariants of the change records, and that the diff compares every component of the model. */
class ChangeRecordsTest {

    private final PublicEdition week = week();
    private final Session panel = session(week, PANEL);
    private final Session opening = session(week, OPENING);

    private static void assertViolation(ThrowingCallable call, String type, String rulePart) {
        InvariantViolationException violation = catchThrowableOfType(InvariantViolationException.class, call);
        assertThat(violation).as("the violation").isNotNull();
        assertThat(violation.type()).isEqualTo(type);
        assertThat(violation.rule()).contains(rulePart);
    }

    @Test
    void aChangeComparesTwoStatesOfOneSession() {
        assertViolation(() -> new SessionMoved(panel, opening), "SessionMoved",
                "compares two sessions, 'panel-1' and 'opening'");
        assertViolation(() -> new SessionRetitled(panel, opening), "SessionRetitled", "compares two sessions");
        assertThatNullPointerException().isThrownBy(() -> new SessionMoved(null, panel))
                .withMessage("'before' must not be null");
        assertThatNullPointerException().isThrownBy(() -> new SessionAdded(null))
                .withMessage("'session' must not be null");
    }

    @Test
    void aChangeMustChangeWhatItNames() {
        Session cancelled = panel.withStatus(SessionStatus.CANCELLED);

        assertViolation(() -> new SessionMoved(panel, panel), "SessionMoved", "must change its slot or its room");
        assertViolation(() -> new SessionRetitled(panel, panel), "SessionRetitled", "must change its title");
        assertViolation(() -> new SessionCancelled(cancelled, panel), "SessionCancelled",
                "from not cancelled to cancelled");
        assertViolation(() -> new SessionReinstated(panel, cancelled), "SessionReinstated",
                "from cancelled to not cancelled");
        assertViolation(() -> new ParticipantsChanged(panel, panel, List.of(), List.of(), false),
                "ParticipantsChanged", "must add, remove, reorder or change");
        assertViolation(() -> new SessionDetailsChanged(panel, panel, List.of()), "SessionDetailsChanged",
                "at least one changed field");
    }

    @Test
    void theListsOfAChangeAreCopied() {
        List<String> fields = new ArrayList<>(List.of("type"));
        SessionDetailsChanged details = new SessionDetailsChanged(panel, panel, fields);
        fields.add("summary");

        assertThat(details.fields()).containsExactly("type");
    }

    @Test
    void anEditionChangeNamesFieldsOnlyForAChange() {
        assertViolation(() -> new EditionChange(Part.ROOM, "hall", Kind.CHANGED, List.of()),
                "EditionChange of ROOM 'hall'", "a change must name a field");
        assertViolation(() -> new EditionChange(Part.ROOM, "hall", Kind.ADDED, List.of("capacity")),
                "EditionChange of ROOM 'hall'", "an item ADDED names no field");
        assertViolation(() -> new EditionChange(Part.ROOM, " ", Kind.ADDED, List.of()),
                "EditionChange of ROOM ' '", "id must not be blank");
        assertThatNullPointerException().isThrownBy(() -> new EditionChange(null, "hall", Kind.ADDED, List.of()))
                .withMessage("'part' must not be null");
        assertThatNullPointerException().isThrownBy(() -> new EditionChange(Part.ROOM, "hall", Kind.ADDED, null))
                .withMessage("'fields' must not be null");
    }

    private static List<String> components(Class<? extends Record> type, String... leftOut) {
        List<String> names = new ArrayList<>(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .toList());
        names.removeAll(List.of(leftOut));
        return names;
    }

    /** If the model gains a component, the diff must learn it, or equal diffs could hide unequal programmes. */
    @Test
    void everySessionComponentIsCompared() {
        List<String> compared = Stream.concat(
                        Stream.of("id", "title", "slot", "room", "participants"),
                        Component.names(SessionDiffer.DETAILS).stream())
                .toList();

        assertThat(compared).containsExactlyInAnyOrderElementsOf(components(Session.class));
        assertThat(Component.names(SessionDiffer.DETAILS)).containsExactly("type", "summary", "track", "languages",
                "status", "expectedAttendance", "statements", "provenance", "parallelAllowed", "origin", "source",
                "url", "links");
    }

    @Test
    void everyEditionComponentIsComparedButStatusVersionAndPublication() {
        assertThat(Component.names(EditionDiffer.EDITION)).containsExactlyElementsOf(components(PublicEdition.class,
                "theme", "venues", "ministries", "participations", "officials", "sessions", "status", "version",
                "publishedAt"));
        assertThat(Component.names(EditionDiffer.THEME)).containsExactlyElementsOf(components(Theme.class, "tracks"));
        assertThat(Component.names(EditionDiffer.TRACK)).containsExactlyElementsOf(components(Track.class, "id"));
        assertThat(Component.names(EditionDiffer.VENUE))
                .containsExactlyElementsOf(components(Venue.class, "id", "rooms"));
    }

    @Test
    void everyComponentOfTheOtherItemsIsCompared() {
        List<String> room = new ArrayList<>(components(Room.class, "id"));
        room.add("venue");

        assertThat(Component.names(EditionDiffer.ROOM)).containsExactlyElementsOf(room);
        assertThat(Component.names(EditionDiffer.MINISTRY))
                .containsExactlyElementsOf(components(Ministry.class, "id"));
        assertThat(Component.names(EditionDiffer.PARTICIPATION))
                .containsExactlyElementsOf(components(Participation.class, "ministry"));
        assertThat(Component.names(EditionDiffer.OFFICIAL))
                .containsExactlyElementsOf(components(Official.class, "id"));
    }
}
