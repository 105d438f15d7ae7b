package org.digitalweek.event.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The bodies already computed, keyed by edition, version and variant: an edition's JSON, an
 * export in a language, a subscription calendar. A key names a version, so an entry is never stale
 * and every server over one store answers the same version the same way; the cache only saves work.
 * It holds at most a fixed number of bytes, dropping the least recently used entries first.
 */
final class Representations {

    private final long capacityBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long heldBytes;

    /** @param capacityBytes the most bytes held */
    Representations(long capacityBytes) {
        this.capacityBytes = capacityBytes;
    }

    /**
     * @param editionId the edition
     * @param version   its version
     * @param variant   what else the body depends on (format, language, filter)
     * @param compute   computes the body when it is not held
     * @return the body, computed at most once per key while it stays held
     */
    byte[] get(String editionId, long version, String variant, Supplier<byte[]> compute) {
        String key = editionId + '\u0000' + version + '\u0000' + variant;
        synchronized (this) {
            byte[] held = entries.get(key);
            if (held != null) {
                return held;
            }
        }
        byte[] computed = compute.get();
        synchronized (this) {
            if (computed.length <= capacityBytes / 4 && !entries.containsKey(key)) {
                entries.put(key, computed);
                heldBytes += computed.length;
                var oldest = entries.entrySet().iterator();
                while (heldBytes > capacityBytes && oldest.hasNext()) {
                    Map.Entry<String, byte[]> dropped = oldest.next();
                    heldBytes -= dropped.getValue().length;
                    oldest.remove();
                }
            }
        }
        return computed;
    }

    /** @return how many bodies are held, for tests */
    synchronized int size() {
        return entries.size();
    }
}
