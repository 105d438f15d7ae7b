package org.digitalweek.event.domain.diff;

import java.util.List;
import java.util.Objects;

import org.digitalweek.event.domain.model.Session;

/**
 * A session whose other components changed: those that no more specific change covers. The status
 * is among them only for a change between {@code TENTATIVE} and {@code CONFIRMED}; to or from
 * {@code CANCELLED} is {@link SessionCancelled} or {@link SessionReinstated}.
 *
 * @param before the session as it was
 * @param after  the session as it is
 * @param fields the names of the {@link Session} components that changed, in record order, among
 *               {@code type, summary, track, languages, status, expectedAttendance, statements,
 *               provenance, parallelAllowed, origin, source, url, links}; at least one
 */
public record SessionDetailsChanged(Session before, Session after, List<String> fields) implements SessionChange {

    /** Checks that both are states of one session and that a field is named; copies the list. */
    public SessionDetailsChanged {
        Checks.sameSession(before, after, "SessionDetailsChanged");
        fields = List.copyOf(Objects.requireNonNull(fields, "'fields' must not be null"));
        Checks.require(!fields.isEmpty(), "SessionDetailsChanged",
                "session '" + after.id() + "' must name at least one changed field");
    }

    @Override
    public Session latest() {
        return after;
    }
}
