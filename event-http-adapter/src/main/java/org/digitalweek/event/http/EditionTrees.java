package org.digitalweek.event.http;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.domain.port.in.ExportedDocument;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical JSON document of each edition, exported and parsed once per version, with its
 * sessions and officials indexed by id, so that every JSON read is a subtree of the one document
 * and shows a session exactly as the canonical format does. One tree per edition is held, the
 * latest asked for; trees are only read, never changed, so requests share them.
 */
final class EditionTrees {

    /** The format whose document the JSON resources are made of. */
    static final String CANONICAL_FORMAT = "json";

    private final ApiContext api;
    private final Map<String, Tree> latest = new ConcurrentHashMap<>();

    /** @param api the use cases and the cache of bodies */
    EditionTrees(ApiContext api) {
        this.api = api;
    }

    /**
     * @param editionId the edition
     * @param version   the version just read; the tree is the one of that version or a later one
     * @return the edition's tree
     */
    Tree tree(String editionId, long version) {
        Tree held = latest.get(editionId);
        if (held != null && held.version() >= version) {
            return held;
        }
        ExportedDocument document = api.documents().export(new ExportQuery(editionId, CANONICAL_FORMAT, null));
        Tree parsed = Tree.of(document.version(), (ObjectNode) Json.mapper().readTree(document.bytes()));
        latest.merge(editionId, parsed, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        return parsed;
    }

    /**
     * One version of an edition's canonical document.
     *
     * @param version   the version it was exported from
     * @param document  the whole document ({@code format}, {@code formatVersion}, {@code edition})
     * @param sessions  the session objects of {@code edition.sessions}, by id
     * @param officials the official objects of {@code edition.officials}, by id
     */
    record Tree(long version, ObjectNode document, Map<String, JsonNode> sessions, Map<String, JsonNode> officials) {

        static Tree of(long version, ObjectNode document) {
            JsonNode edition = document.path("edition");
            return new Tree(version, document, byId(edition.path("sessions")), byId(edition.path("officials")));
        }

        private static Map<String, JsonNode> byId(JsonNode items) {
            Map<String, JsonNode> index = new HashMap<>();
            for (JsonNode item : items) {
                index.put(item.path("id").asString(), item);
            }
            return Map.copyOf(index);
        }

        /**
         * @param id a session's id
         * @return the session's object, when this version has it
         */
        Optional<JsonNode> session(String id) {
            return Optional.ofNullable(sessions.get(id));
        }

        /**
         * @param id an official's id
         * @return the official's object, when this version has them
         */
        Optional<JsonNode> official(String id) {
            return Optional.ofNullable(officials.get(id));
        }
    }
}
