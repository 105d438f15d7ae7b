package org.digitalweek.event.http;

import java.util.function.Supplier;

/**
 * Bodies kept in {@link ApiContext#representations()} under the version they were built from. A
 * body built from a later version than the one read first (a write came between) is kept under its
 * own version, never under the earlier one, so that a cached body is never stale.
 */
final class CachedBodies {

    private CachedBodies() {
    }

    /**
     * A body and the version it shows.
     *
     * @param version the edition's version it was built from
     * @param bytes   the body
     */
    record Body(long version, byte[] bytes) {
    }

    /**
     * @param api       the cache's owner
     * @param editionId the edition
     * @param version   the version just read
     * @param variant   what else the body depends on
     * @param build     builds the body when it is not held
     * @return the body held or built, with the version it shows
     */
    static Body get(ApiContext api, String editionId, long version, String variant, Supplier<Body> build) {
        try {
            return new Body(version, api.representations().get(editionId, version, variant, () -> {
                Body built = build.get();
                if (built.version() != version) {
                    throw new BuiltLater(built);
                }
                return built.bytes();
            }));
        } catch (BuiltLater later) {
            Body built = later.body;
            api.representations().get(editionId, built.version(), variant, built::bytes);
            return built;
        }
    }

    /** The body shows a later version than the one read first. */
    private static final class BuiltLater extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Body body;

        BuiltLater(Body body) {
            super(null, null, false, false);
            this.body = body;
        }
    }
}
