package org.digitalweek.event.http;

import java.util.List;
import java.util.Locale;

import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.rules.CheckReport;
import org.digitalweek.event.domain.rules.Finding;
import org.digitalweek.event.domain.rules.Severity;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings of the programme rules as JSON: the rule and severity as stable codes for programs,
 * the rule's name and the message in the request's language for people, and the ids concerned.
 */
final class FindingBodies {

    private FindingBodies() {
    }

    /**
     * @param editionId the edition
     * @param version   its version
     * @param report    the checker's report
     * @param tag       the request's language, or null
     * @return {@code {"edition","version","findings":[…],"errors","warnings"}}
     */
    static ObjectNode report(String editionId, long version, CheckReport report, String tag) {
        ObjectNode body = Json.object();
        body.put("edition", editionId);
        body.put("version", version);
        ArrayNode findings = body.putArray("findings");
        report.findings().forEach(finding -> add(findings, finding, tag));
        body.put("errors", report.withSeverity(Severity.ERROR).size());
        body.put("warnings", report.withSeverity(Severity.WARNING).size());
        return body;
    }

    /**
     * @param list    where the finding goes
     * @param finding the finding
     * @param tag     the request's language, or null
     */
    static void add(ArrayNode list, Finding finding, String tag) {
        ObjectNode item = list.addObject();
        item.put("rule", finding.rule().name());
        item.put("ruleName", finding.rule().displayName(tag));
        item.put("severity", severity(finding.severity()));
        item.put("message", finding.message(tag));
        ArrayNode sessions = item.putArray("sessions");
        finding.sessions().stream().map(SessionId::value).forEach(sessions::add);
        ArrayNode people = item.putArray("people");
        finding.people().stream().map(OfficialId::value).forEach(people::add);
        ArrayNode rooms = item.putArray("rooms");
        finding.rooms().stream().map(RoomId::value).forEach(rooms::add);
    }

    /**
     * @param findings the findings, e.g. those a change caused or resolved
     * @param tag      the request's language, or null
     * @return them as a JSON array, in their order
     */
    static ArrayNode array(List<Finding> findings, String tag) {
        ArrayNode array = Json.array();
        findings.forEach(finding -> add(array, finding, tag));
        return array;
    }

    /** @return the contract's code of a severity: {@code error}, {@code warning} or {@code information} */
    private static String severity(Severity severity) {
        return severity == Severity.INFO ? "information" : severity.name().toLowerCase(Locale.ROOT);
    }
}
