package org.digitalweek.event.domain.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionStatus;

/** Compares the sessions of two programmes by id. */
final class SessionDiffer {

    /** The components reported by {@link SessionDetailsChanged}, in record order. */
    static final List<Component<Session>> DETAILS = List.of(
            Component.of("type", Session::type),
            Component.of("summary", Session::summary),
            Component.of("track", Session::track),
            Component.of("languages", Session::languages),
            new Component<>("status", SessionDiffer::statusChangedWithoutCancelling),
            Component.of("expectedAttendance", Session::expectedAttendance),
            Component.of("statements", Session::statements),
            Component.of("provenance", Session::provenance),
            Component.of("parallelAllowed", Session::parallelAllowed),
            Component.of("origin", Session::origin),
            Component.of("source", Session::source),
            Component.of("url", Session::url),
            Component.of("links", Session::links));

    /** Groups of one session's changes, by the session's start, then id. */
    private static final Comparator<List<SessionChange>> BY_START_THEN_ID =
            Comparator.comparing((List<SessionChange> group) -> group.get(0).latest().slot().start())
                    .thenComparing(group -> group.get(0).sessionId());

    private SessionDiffer() {
    }

    /**
     * @param people the people of both programmes whose own record changed, by id
     * @return the changes from {@code before} to {@code after}, ordered as {@link ProgrammeDiff} says
     */
    static List<SessionChange> changes(List<Session> before, List<Session> after,
                                       Map<OfficialId, OfficialChanged> people) {
        Map<SessionId, Session> earlier = byId(before);
        Map<SessionId, Session> later = byId(after);
        List<List<SessionChange>> groups = new ArrayList<>();
        for (Session session : after) {
            Session was = earlier.get(session.id());
            groups.add(was == null ? List.of(new SessionAdded(session)) : changes(was, session, people));
        }
        for (Session session : before) {
            if (!later.containsKey(session.id())) {
                groups.add(List.of(new SessionRemoved(session)));
            }
        }
        groups.removeIf(List::isEmpty);
        groups.sort(BY_START_THEN_ID);
        return groups.stream().flatMap(List::stream).toList();
    }

    /**
     * @param people the people whose own record changed, by id
     * @return the changes of one session, in the order fixed by {@link SessionChange}
     */
    static List<SessionChange> changes(Session before, Session after, Map<OfficialId, OfficialChanged> people) {
        List<SessionChange> changes = new ArrayList<>();
        if (!before.isCancelled() && after.isCancelled()) {
            changes.add(new SessionCancelled(before, after));
        } else if (before.isCancelled() && !after.isCancelled()) {
            changes.add(new SessionReinstated(before, after));
        }
        if (!before.slot().equals(after.slot()) || !before.room().equals(after.room())) {
            changes.add(new SessionMoved(before, after));
        }
        if (!before.title().equals(after.title())) {
            changes.add(new SessionRetitled(before, after));
        }
        participants(before, after, people).ifPresent(changes::add);
        List<String> fields = Component.changed(DETAILS, before, after);
        if (!fields.isEmpty()) {
            changes.add(new SessionDetailsChanged(before, after, fields));
        }
        return changes;
    }

    private static Optional<ParticipantsChanged> participants(Session before, Session after,
                                                              Map<OfficialId, OfficialChanged> people) {
        List<Participant> was = before.participants();
        List<Participant> is = after.participants();
        Set<OfficialId> takingPartBefore = new HashSet<>();
        was.forEach(p -> takingPartBefore.add(p.official()));
        List<OfficialChanged> changed = is.stream().map(Participant::official).distinct()
                .filter(takingPartBefore::contains).map(people::get).filter(Objects::nonNull).toList();
        if (was.equals(is) && changed.isEmpty()) {
            return Optional.empty();
        }
        // A session names a participant at most once, so sets lose nothing.
        Set<Participant> inBefore = new HashSet<>(was);
        Set<Participant> inAfter = new HashSet<>(is);
        List<Participant> added = is.stream().filter(p -> !inBefore.contains(p)).toList();
        List<Participant> removed = was.stream().filter(p -> !inAfter.contains(p)).toList();
        List<Participant> keptInOldOrder = was.stream().filter(inAfter::contains).toList();
        List<Participant> keptInNewOrder = is.stream().filter(inBefore::contains).toList();
        return Optional.of(new ParticipantsChanged(before, after, added, removed,
                !keptInOldOrder.equals(keptInNewOrder), changed));
    }

    /** To or from cancelled is a change of its own, not a detail. */
    private static boolean statusChangedWithoutCancelling(Session before, Session after) {
        return before.status() != after.status()
                && before.status() != SessionStatus.CANCELLED && after.status() != SessionStatus.CANCELLED;
    }

    private static Map<SessionId, Session> byId(List<Session> sessions) {
        Map<SessionId, Session> byId = new HashMap<>();
        sessions.forEach(s -> byId.put(s.id(), s));
        return byId;
    }
}
