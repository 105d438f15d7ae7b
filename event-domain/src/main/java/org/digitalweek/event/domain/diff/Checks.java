package org.digitalweek.event.domain.diff;

import java.util.Objects;

import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.Session;

/** The invariant checks shared by the constructors of the changes. */
final class Checks {

    private Checks() {
    }

    static void require(boolean condition, String type, String rule) {
        if (!condition) {
            throw new InvariantViolationException(type, rule);
        }
    }

    /** Checks that {@code before} and {@code after} are given and are two states of one session. */
    static void sameSession(Session before, Session after, String type) {
        Objects.requireNonNull(before, "'before' must not be null");
        Objects.requireNonNull(after, "'after' must not be null");
        require(before.id().equals(after.id()), type,
                "compares two sessions, '" + before.id() + "' and '" + after.id() + "'");
    }
}
