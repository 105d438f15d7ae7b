package org.digitalweek.event.http;

import java.util.Map;

import org.digitalweek.event.domain.error.DocumentProblem;
import org.digitalweek.event.domain.error.DomainException;
import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.error.StorageFailureException;
import org.digitalweek.event.domain.error.ItemNotFoundException;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.rules.ProgrammeHasErrorsException;

import io.javalin.http.Context;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every refusal as an RFC 9457 problem ({@code application/problem+json}): {@code type} (a
 * {@code /problems/…} page of this server), {@code title}, {@code status}, {@code detail} in the
 * request's language, and for invalid input every violation with its property path, as the domain
 * reports it. Never a stack trace, never a class name: an unexpected exception is a 500 whose
 * detail says only that the server failed, and the request log says which request.
 */
final class Problems {

    /** The media type of every problem. */
    static final String MEDIA_TYPE = "application/problem+json; charset=utf-8";

    private Problems() {
    }

    /**
     * Answers a domain refusal.
     *
     * @param ctx       the request
     * @param exception what the domain refused
     */
    static void answer(Context ctx, DomainException exception) {
        String tag = Languages.tag(ctx);
        ObjectNode body;
        if (exception instanceof EditionNotFoundException || exception instanceof ItemNotFoundException) {
            body = problem(404, "not-found", tag, exception.getMessage(tag));
        } else if (exception instanceof InvalidInputException invalid) {
            body = problem(400, "invalid-input", tag, exception.getMessage(tag));
            ArrayNode violations = body.putArray("violations");
            for (Violation violation : invalid.violations()) {
                violations.addObject().put("path", violation.path()).put("rule", violation.rule())
                        .put("message", violation.message(tag));
            }
        } else if (exception instanceof UnreadableDocumentException unreadable) {
            body = problem(400, "unreadable-document", tag, exception.getMessage(tag));
            ArrayNode problems = body.putArray("problems");
            for (DocumentProblem problem : unreadable.problems()) {
                problems.addObject().put("place", problem.place().text(tag)).put("rule", problem.rule(tag));
            }
        } else if (exception instanceof VersionConflictException conflict) {
            body = problem(412, "version-conflict", tag, exception.getMessage(tag));
            body.put("currentVersion", conflict.actualVersion());
            ctx.header("ETag", Versions.etag(conflict.actualVersion(), ""));
        } else if (exception instanceof ForbiddenChangeException || exception instanceof ProgrammeHasErrorsException) {
            body = problem(409, "forbidden-change", tag, exception.getMessage(tag));
        } else if (exception instanceof StorageFailureException) {
            body = problem(503, "storage-failure", tag, exception.getMessage(tag));
        } else {
            body = problem(500, "server-failure", tag, exception.getMessage(tag));
        }
        send(ctx, body);
    }

    /**
     * Answers a refusal of the adapter itself.
     *
     * @param ctx     the request
     * @param problem the refusal
     */
    static void answer(Context ctx, ApiProblem problem) {
        String tag = Languages.tag(ctx);
        ObjectNode body = problem(problem.status(), problem.slug(), tag, problem.detail(tag));
        for (Map.Entry<String, Object> extension : problem.extensions().entrySet()) {
            body.putPOJO(extension.getKey(), extension.getValue());
        }
        send(ctx, body);
    }

    /**
     * Answers a broken invariant of the domain, which input caused.
     *
     * @param ctx       the request
     * @param exception the invariant
     */
    static void answer(Context ctx, InvariantViolationException exception) {
        String tag = Languages.tag(ctx);
        ObjectNode body = problem(400, "invalid-input", tag, Languages.pick(tag,
                "La demande enfreint une règle du programme : " + exception.rule(),
                "The request breaks a rule of the programme: " + exception.rule()));
        send(ctx, body);
    }

    /**
     * Answers an unexpected failure without saying anything of the server's inside.
     *
     * @param ctx the request
     */
    static void answerUnexpected(Context ctx) {
        String tag = Languages.tag(ctx);
        send(ctx, problem(500, "server-failure", tag, Languages.pick(tag,
                "Le serveur n'a pas pu répondre à cette demande ; le journal des requêtes la signale.",
                "The server could not answer this request; the request log records it.")));
    }

    /**
     * @param status the HTTP status
     * @param slug   the problem's page under {@code /problems/}
     * @param tag    the request's language
     * @param detail what happened, in that language
     * @return the problem's body, to which members may be added
     */
    static ObjectNode problem(int status, String slug, String tag, String detail) {
        ObjectNode body = Json.object();
        body.put("type", "/problems/" + slug);
        body.put("title", ProblemTitles.title(slug, tag));
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }

    private static void send(Context ctx, ObjectNode body) {
        ctx.status(body.get("status").asInt()).contentType(MEDIA_TYPE).result(Json.bytes(body));
    }
}
