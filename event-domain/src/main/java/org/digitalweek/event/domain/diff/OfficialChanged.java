package org.digitalweek.event.domain.diff;

import java.util.List;
import java.util.Objects;

import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;

/**
 * A person on both programmes whose own record changed: a new spelling of the name, another
 * honorific, post or ministry. Reported under every session the person takes part in, in
 * {@link ParticipantsChanged#changed()}, so that a reader of the programme sees it where it matters.
 *
 * @param before the person as they were
 * @param after  the person as they are
 * @param fields the names of the components that changed, in record order ({@code fullName},
 *               {@code honorific}, …); not empty
 */
public record OfficialChanged(Official before, Official after, List<String> fields) {

    /** Checks that both are states of one person and that something changed; copies the list. */
    public OfficialChanged {
        Objects.requireNonNull(before, "'before' must not be null");
        Objects.requireNonNull(after, "'after' must not be null");
        fields = List.copyOf(Objects.requireNonNull(fields, "'fields' must not be null"));
        Checks.require(before.id().equals(after.id()), "OfficialChanged",
                "compares two people, '" + before.id() + "' and '" + after.id() + "'");
        Checks.require(!fields.isEmpty(), "OfficialChanged", "a change must name a field");
    }

    /** @return the person's stable id */
    public OfficialId id() {
        return after.id();
    }

    /** @return whether the name as printed (honorific and full name) changed */
    public boolean renamed() {
        return !before.displayName().equals(after.displayName());
    }
}
