package org.digitalweek.event.domain.model;

import java.util.Objects;

/**
 * Words an official said at a session, quoted as said and attributed to them.
 *
 * @param speaker    who said it; a participant of the session
 * @param text       the quotation; not blank
 * @param language   the BCP 47 tag of the language it was said in
 * @param provenance whether a source reports it
 */
public record Statement(OfficialId speaker, String text, String language, Provenance provenance) {

    /** Checks that no part is missing and canonicalizes the language tag. */
    public Statement {
        Objects.requireNonNull(speaker, "'speaker' must not be null");
        Invariants.notBlank(text, "Statement", "text");
        language = Invariants.languageTag(language, "Statement");
        Objects.requireNonNull(provenance, "'provenance' must not be null");
    }
}
