package org.digitalweek.event.domain.model;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who a session is in the schedule it was imported from: the keys that schedule clients
 * (favourites, reminders) and a later import of the same schedule know it by. Exports reuse them
 * where the format has a place, so that a round trip keeps them. Any part may be absent; a session
 * created here has none.
 *
 * @param guid the source's globally unique id (a frab {@code guid}, an iCalendar {@code UID})
 * @param id   the source's own id of the event, e.g. frab's numeric {@code id}
 * @param slug the source's slug, e.g. {@code 31c3-6258-opening_event}
 * @param kind the source's word for the kind of event, e.g. {@code lecture} or {@code BoF (45 minutes)},
 *             kept as written, whether or not it maps to a {@link SessionType}
 */
public record SourceIdentity(Optional<String> guid, Optional<String> id, Optional<String> slug,
                             Optional<String> kind) {

    /** The longest part kept, in characters. */
    public static final int LONGEST = 500;

    /** No source identity: the session was created here. */
    public static final SourceIdentity NONE = new SourceIdentity(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** Checks that each part present is a single line of text of at most {@value #LONGEST} characters. */
    public SourceIdentity {
        Objects.requireNonNull(guid, "'guid' must not be null");
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(slug, "'slug' must not be null");
        Objects.requireNonNull(kind, "'kind' must not be null");
        Stream.of(guid, id, slug, kind).flatMap(Optional::stream).forEach(SourceIdentity::check);
    }

    /**
     * @param guid the guid, or null
     * @param id   the source id, or null
     * @param slug the slug, or null
     * @param kind the source's word for the kind, or null
     * @return the identity with the parts given; blank parts count as absent, and a part written over
     *         several lines (a guid wrapped in an XML element) is one line, its line breaks and tabs
     *         each a space
     */
    public static SourceIdentity of(String guid, String id, String slug, String kind) {
        return new SourceIdentity(part(guid), part(id), part(slug), part(kind));
    }

    /** @return whether no part is present */
    public boolean isEmpty() {
        return guid.isEmpty() && id.isEmpty() && slug.isEmpty() && kind.isEmpty();
    }

    private static Optional<String> part(String text) {
        return text == null || text.isBlank() ? Optional.empty()
                : Optional.of(text.strip().replaceAll("[\\t\\n\\r]+", " "));
    }

    private static void check(String part) {
        Invariants.require(!part.isBlank() && part.equals(part.strip()), "SourceIdentity",
                "a part must not be blank or start or end with spaces");
        Invariants.require(part.length() <= LONGEST, "SourceIdentity",
                () -> "a part must be at most " + LONGEST + " characters, not " + part.length());
        Invariants.require(part.chars().noneMatch(Character::isISOControl), "SourceIdentity",
                "a part must hold no control character");
    }
}
