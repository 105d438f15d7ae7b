package org.digitalweek.event.domain.diff;

import java.util.List;
import java.util.Objects;

import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.Session;

/**
 * A session whose participants changed. Participants are compared whole: a person whose role or
 * mandate changed is removed in the old part and added in the new one. The order of participants is
 * content too — it is the planned speaking order, which protocol fixes for a ceremony — so a change
 * of order alone is reported, with empty {@code added} and {@code removed} lists and {@code reordered} set.
 * A person who takes part before and after but whose own record changed (a new spelling of the
 * name, say) is in {@code changed}: the change of a person shows under each of their sessions.
 *
 * @param before    the session as it was
 * @param after     the session as it is
 * @param added     the participants only {@code after} has, in its order
 * @param removed   the participants only {@code before} had, in its order
 * @param reordered whether the participants both have are in another relative order
 * @param changed   the people who take part in both states and whose own record changed, in the
 *                  order of {@code after}'s participants
 */
public record ParticipantsChanged(Session before, Session after, List<Participant> added, List<Participant> removed,
                                  boolean reordered, List<OfficialChanged> changed) implements SessionChange {

    /** Checks that both are states of one session and that something changed; copies the lists. */
    public ParticipantsChanged {
        Checks.sameSession(before, after, "ParticipantsChanged");
        added = List.copyOf(Objects.requireNonNull(added, "'added' must not be null"));
        removed = List.copyOf(Objects.requireNonNull(removed, "'removed' must not be null"));
        changed = List.copyOf(Objects.requireNonNull(changed, "'changed' must not be null"));
        Checks.require(!added.isEmpty() || !removed.isEmpty() || reordered || !changed.isEmpty(),
                "ParticipantsChanged", "session '" + after.id() + "' must add, remove, reorder or change a participant");
    }

    /**
     * A change of who takes part, with no person changed.
     *
     * @param before    the session as it was
     * @param after     the session as it is
     * @param added     the participants only {@code after} has
     * @param removed   the participants only {@code before} had
     * @param reordered whether the participants both have are in another relative order
     */
    public ParticipantsChanged(Session before, Session after, List<Participant> added, List<Participant> removed,
                               boolean reordered) {
        this(before, after, added, removed, reordered, List.of());
    }

    @Override
    public Session latest() {
        return after;
    }
}
