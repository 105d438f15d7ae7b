package org.digitalweek.event.http;


import org.digitalweek.event.domain.diff.DiffText;
import org.digitalweek.event.domain.diff.EditionChange;
import org.digitalweek.event.domain.diff.ParticipantsChanged;
import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.diff.SessionAdded;
import org.digitalweek.event.domain.diff.SessionCancelled;
import org.digitalweek.event.domain.diff.SessionChange;
import org.digitalweek.event.domain.diff.SessionMoved;
import org.digitalweek.event.domain.diff.SessionReinstated;
import org.digitalweek.event.domain.diff.SessionRemoved;
import org.digitalweek.event.domain.diff.SessionRetitled;
import org.digitalweek.event.domain.language.ReaderLanguage;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What changed between two releases, as JSON: the whole text as {@link DiffText} writes it in the
 * request's language, and each change with its kind, its session and its own sentence (the same
 * line of that text), so that a front end can list, filter or highlight them.
 */
final class DiffBodies {

    private DiffBodies() {
    }

    /**
     * @param editionId the edition
     * @param from      the earlier release, as asked
     * @param to        the later release as asked, or null for the current programme
     * @param diff      the changes
     * @param tag       the request's language, or null
     * @return the diff's body
     */
    static ObjectNode diff(String editionId, String from, String to, ProgrammeDiff diff, String tag) {
        ReaderLanguage reader = ReaderLanguage.of(tag);
        ObjectNode body = Json.object();
        body.put("edition", editionId);
        body.put("from", from);
        if (to == null) {
            body.putNull("to");
        } else {
            body.put("to", to);
        }
        body.put("empty", diff.isEmpty());
        body.put("text", DiffText.render(diff, reader));
        ArrayNode changes = body.putArray("changes");
        for (SessionChange change : diff.sessionChanges()) {
            changes.addObject().put("kind", kind(change)).put("session", change.sessionId().value())
                    .put("text", line(diff.only(change), reader));
        }
        ArrayNode editionChanges = body.putArray("editionChanges");
        for (EditionChange change : diff.editionChanges()) {
            editionChanges.add(line(diff.only(change), reader));
        }
        return body;
    }

    private static String line(ProgrammeDiff single, ReaderLanguage reader) {
        return DiffText.render(single, reader).strip();
    }

    /** @return the contract's word for the kind of change */
    static String kind(SessionChange change) {
        if (change instanceof SessionAdded) {
            return "added";
        } else if (change instanceof SessionRemoved) {
            return "removed";
        } else if (change instanceof SessionMoved) {
            return "moved";
        } else if (change instanceof SessionCancelled) {
            return "cancelled";
        } else if (change instanceof SessionReinstated) {
            return "reinstated";
        } else if (change instanceof SessionRetitled) {
            return "retitled";
        } else if (change instanceof ParticipantsChanged) {
            return "participants";
        }
        return "details";
    }
}
