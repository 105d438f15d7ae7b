package org.digitalweek.event.persistence.json;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.digitalweek.event.domain.model.EditionId;

/**
 * What this store last wrote or fully read in each edition file: the file's SHA-256 digest, its
 * version and its count of releases. A save must check the stored version; when the file still has
 * the bytes this store knows, the version is taken from here instead of reading the whole edition
 * again, which for a large edition is most of the cost of a save. Any other bytes (another process
 * wrote, the file was damaged) are read in full and checked, as before.
 */
final class KnownFiles {

    /** Enough for the editions a program works on; past it, any entry may be forgotten. */
    private static final int MOST_KEPT = 64;

    /**
     * @param digest       the SHA-256 digest of the file's bytes
     * @param version      the edition's stored version
     * @param releaseCount its count of committed releases
     */
    record Known(byte[] digest, long version, int releaseCount) {
    }

    private final Map<EditionId, Known> files = new ConcurrentHashMap<>();

    /**
     * @param id      an edition
     * @param content the bytes of its file now
     * @return what the file holds, if these are the bytes this store last wrote or read
     */
    Optional<StoredHeader> header(EditionId id, byte[] content) {
        Known known = files.get(id);
        if (known == null || !Arrays.equals(known.digest(), digest(content))) {
            return Optional.empty();
        }
        return Optional.of(new StoredHeader(known.version(), known.releaseCount()));
    }

    /**
     * @param id      an edition
     * @param content the bytes written to, or read in full from, its file
     * @param header  what they hold
     */
    void remember(EditionId id, byte[] content, StoredHeader header) {
        if (files.size() >= MOST_KEPT && !files.containsKey(id)) {
            files.keySet().stream().findAny().ifPresent(files::remove);
        }
        files.put(id, new Known(digest(content), header.version(), header.releaseCount()));
    }

    /** @param id an edition whose file is gone */
    void forget(EditionId id) {
        files.remove(id);
    }

    private static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * @param version      the stored version
     * @param releaseCount the count of committed releases
     */
    record StoredHeader(long version, int releaseCount) {
    }
}
