package org.digitalweek.event.cli.json;

import java.io.OutputStream;

import org.digitalweek.event.cli.text.Language;
import org.digitalweek.event.cli.text.OptionValues;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.rules.CheckReport;
import org.digitalweek.event.domain.rules.Finding;
import org.digitalweek.event.domain.rules.Severity;

/**
 * {@code digitalweek check --json}: the findings most serious first, with the members of the HTTP
 * API's {@code GET /editions/{id}/findings} (the rule as its lowercase code), the times concerned,
 * the count of each severity and whether the programme may be published.
 */
public final class CheckJson {

    private CheckJson() {
    }

    /**
     * @param stdout   standard output, as bytes
     * @param language the language of the command line's own words and of the messages
     * @param edition  the edition's public view: its id, version, title and zone
     * @param report   what the rules found
     */
    public static void write(OutputStream stdout, Language language, PublicEdition edition, CheckReport report) {
        JsonWriter json = JsonValues.open(stdout, "check", language);
        json.member("edition", edition.id().value()).member("version", edition.version());
        JsonValues.texts(json, "title", edition.title());
        json.member("zone", edition.zone().getId());
        json.name("findings").beginArray();
        for (Severity severity : Severity.values()) {
            for (Finding finding : report.withSeverity(severity)) {
                finding(json, language, edition, finding);
            }
        }
        json.endArray();
        json.member("errors", report.withSeverity(Severity.ERROR).size())
                .member("warnings", report.withSeverity(Severity.WARNING).size())
                .member("information", report.withSeverity(Severity.INFO).size())
                .member("publishable", !report.hasErrors());
        JsonValues.close(json);
    }

    private static void finding(JsonWriter json, Language language, PublicEdition edition, Finding f) {
        String tag = language.tag();
        json.beginObject().member("rule", f.rule().code()).member("ruleName", f.rule().displayName(tag))
                .member("severity", severity(f.severity())).member("severityName", f.severity().displayName(tag))
                .member("message", f.message(tag));
        json.name("sessions").beginArray();
        for (SessionId id : f.sessions()) {
            json.value(id.value());
        }
        json.endArray().name("people").beginArray();
        for (OfficialId id : f.people()) {
            json.value(id.value());
        }
        json.endArray().name("rooms").beginArray();
        for (RoomId id : f.rooms()) {
            json.value(id.value());
        }
        json.endArray().name("times").beginArray();
        for (TimeSlot slot : f.times()) {
            json.beginObject().member("start", JsonValues.at(slot.start(), edition.zone()))
                    .member("end", JsonValues.at(slot.end(), edition.zone())).endObject();
        }
        json.endArray().endObject();
    }

    /** @return the HTTP API's code of a severity: {@code error}, {@code warning} or {@code information} */
    static String severity(Severity severity) {
        return severity == Severity.INFO ? "information" : OptionValues.of(severity);
    }
}
