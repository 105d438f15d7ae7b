package org.digitalweek.event.http;

import java.util.Map;

/**
 * The short title of each kind of problem, in French and English: the same for every occurrence
 * of that kind, as RFC 9457 asks. The {@code /problems/…} pages say more.
 */
final class ProblemTitles {

    private record Title(String french, String english) {
    }

    private static final Map<String, Title> TITLES = Map.ofEntries(
            Map.entry("not-found", new Title("Introuvable", "Not found")),
            Map.entry("invalid-input", new Title("Demande invalide", "Invalid request")),
            Map.entry("unreadable-document", new Title("Document illisible", "Unreadable document")),
            Map.entry("version-conflict", new Title("Version dépassée", "Stale version")),
            Map.entry("version-required", new Title("Version exigée", "Version required")),
            Map.entry("forbidden-change", new Title("Modification interdite", "Forbidden change")),
            Map.entry("read-only", new Title("Serveur en lecture seule", "Read-only server")),
            Map.entry("unauthorized", new Title("Jeton manquant ou invalide", "Missing or invalid token")),
            Map.entry("too-large", new Title("Corps trop volumineux", "Body too large")),
            Map.entry("unsupported-media-type", new Title("Type de média non pris en charge", "Unsupported media type")),
            Map.entry("not-acceptable", new Title("Aucune représentation acceptable", "No acceptable representation")),
            Map.entry("method-not-allowed", new Title("Méthode non permise", "Method not allowed")),
            Map.entry("storage-failure", new Title("Stockage indisponible", "Storage unavailable")),
            Map.entry("server-failure", new Title("Erreur du serveur", "Server failure")));

    private ProblemTitles() {
    }

    /**
     * @param slug the problem's kind
     * @param tag  the request's language
     * @return its title in that language
     */
    static String title(String slug, String tag) {
        Title title = TITLES.getOrDefault(slug, TITLES.get("server-failure"));
        return Languages.pick(tag, title.french(), title.english());
    }

    /** @return every kind, for the problem pages and the OpenAPI document */
    static Iterable<String> slugs() {
        return TITLES.keySet();
    }
}
