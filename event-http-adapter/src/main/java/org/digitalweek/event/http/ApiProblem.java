package org.digitalweek.event.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A refusal the adapter itself decides (no token, read-only, a version missing or stale, a body too
 * large, a media type it does not read), answered as an RFC 9457 problem. The domain's own refusals
 * are its exceptions, mapped by {@link Problems}.
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String slug;
    private final String detailFr;
    private final String detailEn;
    private final transient Map<String, Object> extensions;

    /**
     * @param status     the HTTP status
     * @param slug       the last segment of the problem's type, {@code /problems/<slug>}
     * @param detailFr   what happened, in French
     * @param detailEn   what happened, in English
     * @param extensions members added to the problem (e.g. {@code currentVersion}), in order
     */
    ApiProblem(int status, String slug, String detailFr, String detailEn, Map<String, Object> extensions) {
        super(detailEn, null, false, false);
        this.status = status;
        this.slug = Objects.requireNonNull(slug, "'slug' must not be null");
        this.detailFr = Objects.requireNonNull(detailFr, "'detailFr' must not be null");
        this.detailEn = Objects.requireNonNull(detailEn, "'detailEn' must not be null");
        this.extensions = Map.copyOf(extensions);
    }

    ApiProblem(int status, String slug, String detailFr, String detailEn) {
        this(status, slug, detailFr, detailEn, Map.of());
    }

    int status() {
        return status;
    }

    String slug() {
        return slug;
    }

    String detail(String language) {
        return Languages.pick(language, detailFr, detailEn);
    }

    Map<String, Object> extensions() {
        return extensions;
    }

    /** @return the names of the extension members, for tests */
    List<String> extensionNames() {
        return List.copyOf(extensions.keySet());
    }
}
