package org.digitalweek.event.domain.edition;

import java.util.Objects;

import org.digitalweek.event.domain.error.InvariantViolationException;

/**
 * One way to reach an official's office. Internal: never exported.
 *
 * @param kind  e-mail, telephone or postal address
 * @param value the address or number; not blank
 */
public record Contact(ContactKind kind, String value) {

    /** Checks that no part is missing. */
    public Contact {
        Objects.requireNonNull(kind, "'kind' must not be null");
        Objects.requireNonNull(value, "'value' must not be null");
        if (value.isBlank()) {
            throw new InvariantViolationException("Contact", "value must not be blank");
        }
    }
}
