package org.digitalweek.event.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.in.OfficialQuery;
import org.digitalweek.event.domain.port.in.OfficialSessions;
import org.digitalweek.event.domain.port.in.ProgrammeQuery;
import org.digitalweek.event.domain.port.in.SessionQuery;

import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of an edition's document, sessions and officials: each a subtree of the edition's
 * canonical document, chosen with the domain's in-ports so that filters and 404s are the domain's.
 * The bodies depend on no language ({@code ETag "n"}) and are cached by version.
 */
final class ProgrammeBodies {

    /** Every body of an item the domain found is worth keeping: only real ids reach the cache. */
    private static final Predicate<ObjectNode> KEEP = body -> true;

    private final ApiContext api;
    private final EditionTrees trees;

    /**
     * @param api   the use cases and the cache
     * @param trees the parsed canonical documents
     */
    ProgrammeBodies(ApiContext api, EditionTrees trees) {
        this.api = api;
        this.trees = trees;
    }

    /** Answers the canonical document with its version: the default representation of an edition. */
    void document(Context ctx, String id, long version) {
        answer(ctx, id, version, "document", EditionBodies::document, KEEP);
    }

    /** {@code GET /editions/{id}/sessions?day=&room=&track=&person=}, in programme order. */
    void sessions(Context ctx) {
        String id = ctx.pathParam("id");
        ProgrammeQuery query = new ProgrammeQuery(id, day(ctx), ReadRoutes.blankToNull(ctx.queryParam("room")),
                ReadRoutes.blankToNull(ctx.queryParam("track")), ReadRoutes.blankToNull(ctx.queryParam("person")));
        long version = EditionVersions.current(api, id);
        String variant = "sessions-" + query.day() + "-" + query.roomId() + "-" + query.trackId() + "-"
                + query.personId();
        answer(ctx, id, version, variant, tree -> {
            ObjectNode body = header(id, tree);
            body.set("sessions", subtrees(select(query), tree));
            return body;
        }, body -> !body.get("sessions").isEmpty());
    }

    /** @return the sessions the domain selects; a refused filter is named by its parameter ({@code room}, not {@code roomId}) */
    private List<Session> select(ProgrammeQuery query) {
        try {
            return api.programme().programme(query);
        } catch (InvalidInputException refused) {
            throw FilterParameters.named(refused);
        }
    }

    /** {@code GET /editions/{id}/sessions/{sid}}. */
    void session(Context ctx) {
        String id = ctx.pathParam("id");
        String sessionId = ctx.pathParam("sid");
        long version = EditionVersions.current(api, id);
        answer(ctx, id, version, "session-" + sessionId, tree -> {
            Session session = api.programme().session(new SessionQuery(id, sessionId));
            ObjectNode body = header(id, tree);
            body.set("session", subtree(tree, session.id().value(), EditionTrees.Tree::session));
            return body;
        }, KEEP);
    }

    /** {@code GET /editions/{id}/officials/{oid}}, with the sessions they take part in. */
    void official(Context ctx) {
        String id = ctx.pathParam("id");
        String officialId = ctx.pathParam("oid");
        long version = EditionVersions.current(api, id);
        answer(ctx, id, version, "official-" + officialId, tree -> {
            OfficialSessions official = api.programme().official(new OfficialQuery(id, officialId));
            ObjectNode body = header(id, tree);
            body.set("official", subtree(tree, official.official().id().value(), EditionTrees.Tree::official));
            body.set("sessions", subtrees(official.sessions(), tree));
            return body;
        }, KEEP);
    }

    /**
     * Answers 304 when the client holds the version, else the body, built from the tree of that
     * version at most once while the cache holds it.
     */
    private void answer(Context ctx, String id, long version, String variant,
                        Function<EditionTrees.Tree, ObjectNode> build, Predicate<ObjectNode> keep) {
        ReadHeaders.versioned(ctx, false);
        if (Versions.notModified(ctx, Versions.etag(version, ""))) {
            return;
        }
        CachedBodies.Body body = ReadHeaders.building(ctx, () -> CachedBodies.get(api, id, version, variant, () -> {
            EditionTrees.Tree tree = trees.tree(id, version);
            ObjectNode built;
            try {
                built = build.apply(tree);
            } catch (TreeBehind behind) {
                tree = trees.tree(id, EditionVersions.current(api, id));
                built = build.apply(tree);
            }
            return new CachedBodies.Body(tree.version(), Json.bytes(built), keep.test(built));
        }));
        if (body.version() != version) {
            ctx.header("ETag", Versions.etag(body.version(), ""));
        }
        Json.send(ctx, 200, body.bytes());
    }

    private static ObjectNode header(String id, EditionTrees.Tree tree) {
        ObjectNode body = Json.object();
        body.put("edition", id);
        body.put("version", tree.version());
        return body;
    }

    private static ArrayNode subtrees(List<Session> sessions, EditionTrees.Tree tree) {
        ArrayNode list = Json.array();
        for (Session session : sessions) {
            list.add(subtree(tree, session.id().value(), EditionTrees.Tree::session));
        }
        return list;
    }

    /**
     * @return the item's object in the tree
     * @throws TreeBehind when the domain just read an item the tree lacks: a write came in between
     */
    private static JsonNode subtree(EditionTrees.Tree tree, String itemId,
                                    BiFunction<EditionTrees.Tree, String, Optional<JsonNode>> find) {
        return find.apply(tree, itemId).orElseThrow(TreeBehind::new);
    }

    /**
     * @return the {@code day} filter, or null when absent
     * @throws InvalidInputException when it is not an ISO date, with a violation on {@code day}
     */
    private static LocalDate day(Context ctx) {
        String day = ReadRoutes.blankToNull(ctx.queryParam("day"));
        if (day == null) {
            return null;
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("le filtre des séances", "the session filter", List.of(new Violation(
                    "day", "IsoDate", "doit être une date ISO 8601 telle que 2026-01-29",
                    "must be an ISO 8601 date such as 2026-01-29")));
        }
    }

    /** The tree is older than what the domain just read; a later tree has it. */
    private static final class TreeBehind extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TreeBehind() {
            super(null, null, false, false);
        }
    }
}
