package org.digitalweek.event.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.model.ReleaseSummary;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of editions as wholes: the list of editions, an edition's canonical document with its
 * version, and its releases.
 */
final class EditionBodies {

    private EditionBodies() {
    }

    /**
     * @param summaries the editions, in the domain's order
     * @return {@code {"editions":[…]}}
     */
    static ObjectNode list(List<EditionSummary> summaries) {
        ObjectNode body = Json.object();
        ArrayNode editions = body.putArray("editions");
        for (EditionSummary summary : summaries) {
            ObjectNode edition = editions.addObject();
            String id = summary.id().value();
            edition.put("id", id);
            edition.put("series", summary.series().value());
            edition.put("number", summary.number());
            ObjectNode title = edition.putObject("title");
            summary.title().values().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(text -> title.put(text.getKey(), text.getValue()));
            edition.put("start", summary.dates().start().toString());
            edition.put("end", summary.dates().end().toString());
            summary.hostCity().ifPresent(city -> edition.put("hostCity", city));
            summary.hostCountry().ifPresent(country -> edition.put("hostCountry", country.code()));
            edition.put("status", summary.status().name());
            edition.put("version", summary.version());
            edition.put("sessionCount", summary.sessionCount());
            ObjectNode links = edition.putObject("links");
            links.put("self", "/editions/" + id);
            links.put("programme", "/editions/" + id + "/export/html");
        }
        return body;
    }

    /**
     * @param summaries the editions listed
     * @return the list's {@code ETag}: a hash of every id and version, so any write to any edition changes it
     */
    static String listEtag(List<EditionSummary> summaries) {
        StringBuilder pairs = new StringBuilder();
        for (EditionSummary summary : summaries) {
            pairs.append(summary.id().value()).append(':').append(summary.version()).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(pairs.toString().getBytes(StandardCharsets.UTF_8));
            return "\"l-" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * @param tree the edition's canonical document
     * @return the document with its {@code version} added at the top
     */
    static ObjectNode document(EditionTrees.Tree tree) {
        ObjectNode body = Json.object();
        tree.document().properties().forEach(member -> body.set(member.getKey(), member.getValue()));
        body.put("version", tree.version());
        return body;
    }

    /**
     * @param editionId the edition
     * @param version   its version
     * @param releases  its releases, by number
     * @return {@code {"edition","version","releases":[…]}}
     */
    static ObjectNode releases(String editionId, long version, List<ReleaseSummary> releases) {
        ObjectNode body = Json.object();
        body.put("edition", editionId);
        body.put("version", version);
        ArrayNode list = body.putArray("releases");
        for (ReleaseSummary release : releases) {
            describe(list.addObject(), release);
        }
        return body;
    }

    /**
     * @param editionId the edition
     * @param version   its current version
     * @param release   one of its releases
     * @return {@code {"edition","version","release":{…}}}, the answer of a publication too
     */
    static ObjectNode release(String editionId, long version, ReleaseSummary release) {
        ObjectNode body = Json.object();
        body.put("edition", editionId);
        body.put("version", version);
        describe(body.putObject("release"), release);
        return body;
    }

    private static void describe(ObjectNode node, ReleaseSummary release) {
        node.put("number", release.number()).put("label", release.label())
                .put("publishedAt", release.publishedAt().toString())
                .put("editionVersion", release.editionVersion()).put("sessionCount", release.sessionCount());
    }
}
