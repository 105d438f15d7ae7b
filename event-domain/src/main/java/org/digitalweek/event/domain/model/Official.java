package org.digitalweek.event.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A person on the programme: a minister or other official with a place in protocol, or a speaker,
 * trainer or exhibitor outside it. Contact details and protocol notes are internal and are kept
 * apart, in {@code InternalRecords}, so that the public view of an edition cannot reach them.
 *
 * @param id         the stable id
 * @param fullName   the name as it is written, accents kept; not blank
 * @param honorific  the form of address ({@code M.}, {@code Mme}, {@code Dr}); may be empty
 * @param postTitle  the post held, e.g. the ministerial portfolio; may be empty
 * @param ministry   the body the person serves, if any
 * @param precedence the place in protocol order
 * @param provenance whether its source reports the person
 */
public record Official(OfficialId id, String fullName, String honorific, LocalizedText postTitle,
                       Optional<MinistryId> ministry, Precedence precedence, Provenance provenance) {

    /** Checks that no part is missing and the name is not blank. */
    public Official {
        Objects.requireNonNull(id, "'id' must not be null");
        Invariants.notBlank(fullName, "Official", "fullName");
        Objects.requireNonNull(honorific, "'honorific' must not be null");
        Objects.requireNonNull(postTitle, "'postTitle' must not be null");
        Objects.requireNonNull(ministry, "'ministry' must not be null");
        Objects.requireNonNull(precedence, "'precedence' must not be null");
        Objects.requireNonNull(provenance, "'provenance' must not be null");
    }

    /** @return the honorific and the name, as printed on a programme */
    public String displayName() {
        return honorific.isBlank() ? fullName : honorific + " " + fullName;
    }
}
