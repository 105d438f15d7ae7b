package org.digitalweek.event.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.export.frab.FrabXmlExporter;
import org.digitalweek.event.export.frabjson.FrabJsonExporter;
import org.digitalweek.event.export.frabjson.Schedule2Exporter;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.ExternalTools;
import org.digitalweek.event.export.support.NaughtyProgramme;
import org.digitalweek.event.export.support.Specs;

/** The conference-app schedules of the edition of naughty strings still pass their own schemas. */
class ScheduleNaughtyStringsTest {

    private static PublicEdition naughty;

    @BeforeAll
    static void build() {
        naughty = NaughtyProgramme.edition();
    }

    @Test
    void scheduleXmlPassesTheXsd() {
        byte[] xml = Editions.export(new FrabXmlExporter(), naughty, "fr");

        assertThat(Specs.xsdProblems(Specs.require("schedule.xml.xsd"), xml)).isEmpty();
    }

    @Test
    void scheduleJsonPassesItsSchema() {
        assertValid("schedule.json.schema.json", Editions.export(new FrabJsonExporter(), naughty, "fr"));
    }

    @Test
    void schedule2PassesItsSchema() {
        assertValid("schedule2.json.schema.json", Editions.export(new Schedule2Exporter(), naughty, "en"));
    }

    private static void assertValid(String schema, byte[] json) {
        ExternalTools.Run run = Specs.jsonSchemaCheck(Specs.require(schema), json);
        assertThat(run.output()).as("jsonschema's report").endsWith("0 errors\n");
        assertThat(run.exitCode()).as(run.output()).isZero();
    }
}
