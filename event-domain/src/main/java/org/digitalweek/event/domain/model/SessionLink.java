package org.digitalweek.event.domain.model;

import java.net.URI;
import java.util.Objects;

/**
 * A link published with a session: its live stream, slides, recording, registration page, an
 * attached file or its logo.
 *
 * @param url   where it leads; follows {@link WebAddresses}
 * @param title what the link is called, per language; may be empty
 * @param kind  what it leads to
 */
public record SessionLink(URI url, LocalizedText title, LinkKind kind) {

    /** Checks that the address follows the rule and no part is missing. */
    public SessionLink {
        Objects.requireNonNull(url, "'url' must not be null");
        Objects.requireNonNull(title, "'title' must not be null");
        Objects.requireNonNull(kind, "'kind' must not be null");
        Invariants.require(WebAddresses.isValid(url), "SessionLink",
                () -> "'" + url + "' is not an absolute http or https address");
    }
}
