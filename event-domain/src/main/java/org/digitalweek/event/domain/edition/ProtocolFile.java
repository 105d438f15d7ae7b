package org.digitalweek.event.domain.edition;

import java.util.List;
import java.util.Objects;

/**
 * What the protocol office keeps about an official: contact details and notes (seating wishes,
 * security, the delegation's liaison). Internal: never exported.
 *
 * @param contacts how to reach the official's office
 * @param notes    free notes of the protocol office; may be empty
 */
public record ProtocolFile(List<Contact> contacts, String notes) {

    /** Checks that no part is missing. */
    public ProtocolFile {
        contacts = List.copyOf(Objects.requireNonNull(contacts, "'contacts' must not be null"));
        Objects.requireNonNull(notes, "'notes' must not be null");
    }
}
