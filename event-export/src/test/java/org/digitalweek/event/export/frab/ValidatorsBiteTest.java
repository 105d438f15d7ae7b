package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.export.support.ExternalTools;
import org.digitalweek.event.export.support.Specs;

/** The validity checks of the schedule tests can fail: each rejects a document that breaks its spec. */
class ValidatorsBiteTest {

    @Test
    void theXsdCheckReportsEveryProblem() {
        byte[] xml = """
                <schedule><version>1</version><conference><acronym>X</acronym></conference>
                <day index="1" start="2026-01-29T00:00:00" end="2026-01-30T00:00:00+00:00"/></schedule>"""
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Specs.xsdProblems(Specs.require("schedule.xml.xsd"), xml)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Specs.xsdProblems(Specs.require("schedule.xml.xsd"), "<schedule>".getBytes(StandardCharsets.UTF_8)))
                .isNotEmpty();
    }

    @Test
    void theJsonSchemaCheckReportsErrorsAndBadFormats() {
        byte[] json = """
                {"schedule": {"version": "1", "conference": {"acronym": "snm-2026", "title": "t", "days": [],
                 "daysCount": 1, "start": "2026-01-29", "end": "2026-01-29", "timeslot_duration": "00:15",
                 "rooms": [{"name": "r", "guid": "not-a-uuid"}]}}}"""
                .getBytes(StandardCharsets.UTF_8);

        ExternalTools.Run run = Specs.jsonSchemaCheck(Specs.require("schedule.json.schema.json"), json);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("acronym").contains("not-a-uuid").endsWith("2 errors\n");
    }
}
