package org.digitalweek.event.http;

import java.util.function.Supplier;

/**
 * A body and the edition version it was built from. The version is read first and names the cache
 * key; the body is built after, so a write in between would give a body of a later version. Such a
 * body is served with its own version in the {@code ETag} and never cached under the earlier one, so
 * that every server answers one version the same way.
 *
 * @param version the version the body was built from
 * @param body    the bytes
 */
record VersionedBody(long version, byte[] body) {

    /**
     * @param api       what the routes share, with the cache
     * @param editionId the edition
     * @param version   its version, as read before building
     * @param variant   what else the body depends on
     * @param build     builds the body, saying which version it read
     * @return the cached body of that version, or a freshly built one of a later version
     */
    static VersionedBody cached(ApiContext api, String editionId, long version, String variant,
                                Supplier<VersionedBody> build) {
        try {
            return new VersionedBody(version, api.representations().get(editionId, version, variant, () -> {
                VersionedBody built = build.get();
                if (built.version() != version) {
                    throw new Later(built);
                }
                return built.body();
            }));
        } catch (Later later) {
            return later.built;
        }
    }

    /** Carries a body of a later version out of the cache's computation, which must not keep it. */
    private static final class Later extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient VersionedBody built;

        Later(VersionedBody built) {
            super(null, null, false, false);
            this.built = built;
        }
    }
}
