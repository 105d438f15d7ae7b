package org.digitalweek.event.export.frab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.digitalweek.event.export.schedule.MintedGuids;

/**
 * Identifiers that depend on names only, so every export of the same edition gives the same ones and
 * a new release keeps them: RFC 4122 version-5 UUIDs (SHA-1) in the fixed namespace
 * {@value #NAMESPACE_TEXT}, and positive integers in [{@value #FIRST_ID}, 2<sup>31</sup>-1] taken from
 * those UUIDs.
 */
final class NameBasedIds {

    /** The namespace of every guid this adapter writes: {@link MintedGuids}'s. */
    static final String NAMESPACE_TEXT = MintedGuids.NAMESPACE_TEXT;
    /** The smallest integer id: four digits at least keep slugs long enough for the XSD. */
    static final int FIRST_ID = 1000;

    private static final long ID_RANGE = (long) Integer.MAX_VALUE - FIRST_ID + 1;

    private NameBasedIds() {
    }

    /**
     * @param name the name, e.g. {@code session:snm-2026/ceremonie-de-lancement}
     * @return its version-5 UUID in the adapter's namespace
     */
    static UUID uuid(String name) {
        return MintedGuids.of(name);
    }

    /**
     * Integer ids for guids: each from the guid's first bits, so it does not move when other items come
     * or go; on the rare clash, the next free integer, given in the order of {@code guids}.
     *
     * @param guids guids in a stable order
     * @return an id for each, all different
     */
    static Map<UUID, Integer> integers(List<UUID> guids) {
        return integers(guids, new HashSet<>());
    }

    /**
     * {@link #integers(List)}, around ids already given.
     *
     * @param guids guids in a stable order
     * @param taken the ids already given; those returned are added to it
     * @return an id for each, all different, none of those taken before
     */
    static Map<UUID, Integer> integers(List<UUID> guids, Set<Integer> taken) {
        Map<UUID, Integer> ids = new LinkedHashMap<>();
        for (UUID guid : new ArrayList<>(guids)) {
            long candidate = (guid.getMostSignificantBits() >>> 1) % ID_RANGE;
            while (!taken.add((int) (FIRST_ID + candidate))) {
                candidate = (candidate + 1) % ID_RANGE;
            }
            ids.put(guid, (int) (FIRST_ID + candidate));
        }
        return ids;
    }
}
