package org.digitalweek.event.persistence.jdbc;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.digitalweek.event.domain.edition.Edition;

/**
 * The edition this store last saved or loaded, per edition id, under the stamp its editions row
 * carried: what the content rows hold, known without reading them, so that a save writes only the
 * rows that differ.
 *
 * <p>Every save writes a new random stamp into the edition's row, in the same transaction as the
 * content. A stamp is therefore only ever stored beside the content it was written with: when the
 * row locked by a save carries the stamp remembered here, the rows are exactly those of the
 * remembered edition, whichever process wrote since; when it carries another (another process
 * saved, the edition was deleted and made again) or none (rows of a library before the stamp),
 * nothing is known and the save replaces every row, as before. Editions are held softly: the
 * collector may drop them, which costs the next save a full rewrite and nothing else.
 */
final class KnownProgrammes {

    /** An edition and the stamp of the rows that hold it. */
    private record Known(String stamp, SoftReference<Edition> edition) {
    }

    private final Map<String, Known> byEdition = new ConcurrentHashMap<>();

    /** @return a stamp for a new save, never used before */
    static String newStamp() {
        return UUID.randomUUID().toString();
    }

    /**
     * @param editionId the edition
     * @param stamp     the stamp its row carries now, or null
     * @return the edition its content rows hold, when it is known
     */
    Optional<Edition> find(String editionId, String stamp) {
        Known known = byEdition.get(editionId);
        if (stamp == null || known == null || !known.stamp().equals(stamp)) {
            return Optional.empty();
        }
        return Optional.ofNullable(known.edition().get());
    }

    /**
     * @param editionId the edition
     * @param stamp     the stamp its row carries with this content, or null (nothing is remembered)
     * @param edition   the edition its content rows hold
     */
    void remember(String editionId, String stamp, Edition edition) {
        if (stamp == null) {
            byEdition.remove(editionId);
        } else {
            byEdition.put(editionId, new Known(stamp, new SoftReference<>(edition)));
        }
    }
}
