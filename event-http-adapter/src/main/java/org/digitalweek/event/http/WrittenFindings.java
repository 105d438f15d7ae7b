package org.digitalweek.event.http;

import java.util.List;
import java.util.function.Function;

import org.digitalweek.event.domain.rules.Finding;
import org.digitalweek.event.domain.rules.Severity;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings a write caused or resolved, in the contract's shape F: {@code rule} (the rule's
 * constant, for programs), {@code ruleName}, {@code severity} ({@code error}, {@code warning} or
 * {@code information}), {@code message} in the request's language, and the ids of the sessions,
 * people and rooms concerned.
 */
final class WrittenFindings {

    private WrittenFindings() {
    }

    /**
     * @param findings the findings
     * @param tag      the request's language, or null
     * @return them as a JSON array, in their order
     */
    static ArrayNode array(List<Finding> findings, String tag) {
        ArrayNode array = Json.array();
        for (Finding finding : findings) {
            ObjectNode node = array.addObject();
            node.put("rule", finding.rule().name());
            node.put("ruleName", finding.rule().displayName(tag));
            node.put("severity", severity(finding.severity()));
            node.put("message", finding.message(tag));
            ids(node.putArray("sessions"), finding.sessions(), id -> id.value());
            ids(node.putArray("people"), finding.people(), id -> id.value());
            ids(node.putArray("rooms"), finding.rooms(), id -> id.value());
        }
        return array;
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "information";
        };
    }

    private static <T> void ids(ArrayNode array, List<T> ids, Function<T, String> value) {
        for (T id : ids) {
            array.add(value.apply(id));
        }
    }
}
