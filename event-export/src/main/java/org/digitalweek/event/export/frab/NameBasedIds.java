package org.digitalweek.event.export.frab;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Identifiers that depend on names only, so every export of the same edition gives the same ones and
 * a new release keeps them: RFC 4122 version-5 UUIDs (SHA-1) in the fixed namespace
 * {@value #NAMESPACE_TEXT}, and positive integers in [{@value #FIRST_ID}, 2<sup>31</sup>-1] taken from
 * those UUIDs.
 */
final class NameBasedIds {

    /** The namespace of every guid this adapter writes; drawn at random once, never to change. */
    static final String NAMESPACE_TEXT = "aefdb268-7e53-480a-8eb1-0835e9e70d9a";
    /** The smallest integer id: four digits at least keep slugs long enough for the XSD. */
    static final int FIRST_ID = 1000;

    private static final UUID NAMESPACE = UUID.fromString(NAMESPACE_TEXT);
    private static final long ID_RANGE = (long) Integer.MAX_VALUE - FIRST_ID + 1;

    private NameBasedIds() {
    }

    /**
     * @param name the name, e.g. {@code session:snm-2026/ceremonie-de-lancement}
     * @return its version-5 UUID in the adapter's namespace
     */
    static UUID uuid(String name) {
        MessageDigest sha1 = sha1();
        sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
                .putLong(NAMESPACE.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // RFC 4122 variant
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /**
     * Integer ids for guids: each from the guid's first bits, so it does not move when other items come
     * or go; on the rare clash, the next free integer, given in the order of {@code guids}.
     *
     * @param guids guids in a stable order
     * @return an id for each, all different
     */
    static Map<UUID, Integer> integers(List<UUID> guids) {
        Map<UUID, Integer> ids = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (UUID guid : new ArrayList<>(guids)) {
            long candidate = (guid.getMostSignificantBits() >>> 1) % ID_RANGE;
            while (!taken.add((int) (FIRST_ID + candidate))) {
                candidate = (candidate + 1) % ID_RANGE;
            }
            ids.put(guid, (int) (FIRST_ID + candidate));
        }
        return ids;
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-1", e);
        }
    }
}
