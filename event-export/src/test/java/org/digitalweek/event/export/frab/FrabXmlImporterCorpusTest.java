package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.model.ImportWarning;
import org.digitalweek.event.export.support.Corpus;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.SourceKeys;
import org.digitalweek.event.export.support.Specs;

/**
 * The real schedules of the corpus import through the domain's use case (read, validated, checked)
 * with the number of events they have and the repairs they need, and export again as a valid
 * {@code schedule.xml} with one event per session, but for the guids and slugs they published, which
 * an export keeps as written.
 */
class FrabXmlImporterCorpusTest {

    @ParameterizedTest
    @CsvSource({"fosdem-2021.xml, Europe/Brussels, 773, fosdem-2021",
            "31c3-v1.3.xml, Europe/Berlin, 137, 31c3",
            "31c3-v1.4.xml, Europe/Berlin, 139, 31c3",
            "31c3-v1.5.xml, Europe/Berlin, 138, 31c3"})
    void everyCorpusScheduleImportsWithAllItsEventsAndExportsAgainValid(String file, String zone, int events,
                                                                         String id) throws Exception {
        ImportReport report = FrabImports.corpus(file, zone);

        PublicEdition edition = report.edition();
        assertThat(edition.sessions()).hasSize(events);
        assertThat(edition.id().value()).isEqualTo(id);
        assertThat(edition.zone()).isEqualTo(ZoneId.of(zone));
        assertThat(report.stored()).isFalse();

        Path xsd = Specs.require("schedule.xml.xsd");
        byte[] again = Editions.export(new FrabXmlExporter(), edition, "en");
        assertThat(Specs.xsdProblems(xsd, SourceKeys.withStandIns(again, edition.sessions(), true)))
                .as("%s exported again, against %s, but for the guids and slugs it published", file, xsd).isEmpty();
        assertThat(FrabXmlExporterTest.events(again)).as("one event per session").hasSize(events);
    }

    @Test
    void fosdemNeedsAGuidPerEventAndReadsItsOwnTypesAsOther() throws Exception {
        ImportReport report = FrabImports.corpus("fosdem-2021.xml", "Europe/Brussels");
        List<String> warnings = english(report.warnings());

        assertThat(warnings).filteredOn(w -> w.contains("no guid")).containsExactly(
                "event 11795 (line 16, column 7): no guid, derived from id (773 times"
                        + "; also at event 11164 (line 40, column 7), event 11064 (line 69, column 7), …)");
        assertThat(warnings).contains(
                "event 11795 (line 16, column 7): unknown type 'maintrack' read as 'other'; the source's word is kept as the session's kind in its source (22 times"
                        + "; also at event 11164 (line 40, column 7), event 11064 (line 69, column 7), …)",
                "event 11717 (line 709, column 7): unknown type 'devroom' read as 'other'; the source's word is kept as the session's kind in its source (616 times"
                        + "; also at event 11694 (line 735, column 7), event 10949 (line 758, column 7), …)",
                "event 11837 (line 9936, column 7): unknown type 'standtrack' read as 'other'; the source's word is kept as the session's kind in its source (111 times"
                        + "; also at event 11817 (line 9958, column 7), event 12272 (line 9978, column 7), …)",
                "event 11762 (line 11672, column 7): unknown type 'infodesk' read as 'other'; the source's word is kept as the session's kind in its source (2 times"
                        + "; also at event 11763 (line 23040, column 7))",
                "conference (line 3, column 3): host city and country not given: left out, never guessed; the city and"
                        + " country options (--city, --country) set them",
                "conference (line 3, column 3): no acronym: id 'fosdem-2021' made from the file name",
                "conference (line 3, column 3): no language given: English (en)",
                "line 12, column 5: <timeslot_duration> not kept: the model has no place for it",
                "event 11164 (line 57, column 11): attribute type of <attachment> not kept (395 times"
                        + "; also at event 11164 (line 58, column 11), event 11064 (line 86, column 11), …)",
                "event 11439 (line 1098, column 7): unusable web address dropped (not an absolute http or https "
                        + "address, or with a space) (22 times; also at event 10987 (line 2913, column 7), event 11414 "
                        + "(line 3509, column 7), …)",
                "event 10991 (line 17602, column 7): link given twice (same address, same kind): kept once");
        assertThat(warnings).noneMatch(w -> w.contains("<slug>") || w.contains("<links>") || w.contains("<attachments>"));
        assertThat(report.warnings()).allSatisfy(w -> assertThat(w.messageFr()).isNotBlank());
        assertThat(warnings).hasSize(1 + 4 + 3 + 4 + 1);

        PublicEdition edition = report.edition();
        assertThat(edition.hostCountry()).as("not the time zone's").isEmpty();
        assertThat(edition.hostCity()).as("not the time zone's").isEmpty();
        assertThat(edition.officials()).hasSize(684);
        assertThat(edition.venues().get(0).rooms()).as("rooms, two of them empty").hasSize(108);
        assertThat(edition.theme().tracks()).hasSize(109);
        Session welcome = edition.session(new SessionId("11795")).orElseThrow();
        assertThat(welcome.title().resolve("en")).isEqualTo("Welcome to FOSDEM 2021");
        assertThat(welcome.type()).isEqualTo(SessionType.OTHER);
        assertThat(welcome.slot().start()).isEqualTo(LocalDateTime.parse("2021-02-06T09:00"));
        assertThat(welcome.slot().end()).isEqualTo(LocalDateTime.parse("2021-02-06T09:25"));
    }

    @Test
    void the31c3ReleaseKeepsItsGuidsAndSaysWhichItCouldNotUse() throws Exception {
        ImportReport report = FrabImports.corpus("31c3-v1.3.xml", "Europe/Berlin");
        List<String> warnings = english(report.warnings());

        assertThat(warnings).filteredOn(w -> w.contains("is not an id, derived from id")).containsExactly(
                "event 6249 (line 156, column 1): guid is not an id, derived from id (5 times; also at event 6103 "
                        + "(line 528, column 1), event 6261 (line 3117, column 1), …)");
        assertThat(warnings).contains(
                "line 3, column 1: <version> not kept: the model has no place for it",
                "event 6561 (line 20, column 1): <recording> not kept: the model has no place for it (137 times"
                        + "; also at event 6571 (line 44, column 1), event 6264 (line 67, column 1), …)",
                "event 6589 (line 2446, column 1): unusable web address dropped (not an absolute http or https "
                        + "address, or with a space) (3 times; also at event 6402 (line 3619, column 1), event 6385 "
                        + "(line 3730, column 1))",
                "conference (line 4, column 1): host city and country not given: left out, never guessed; the city and"
                        + " country options (--city, --country) set them");
        assertThat(warnings).noneMatch(w -> w.contains("no guid") || w.contains("<slug>") || w.contains("<links>"));

        Session opening = report.edition().session(new SessionId("29aecfd7-2e44-4f49-ab86-29b5e0877325")).orElseThrow();
        assertThat(opening.title().resolve("en")).isEqualTo("31C3 Opening Event");
        assertThat(opening.slot().start()).isEqualTo(LocalDateTime.parse("2014-12-27T11:00"));
        assertThat(opening.participants()).hasSize(2);
        assertThat(opening.source().id()).contains("6561");
        assertThat(opening.source().kind()).contains("lecture");
        assertThat(opening.source().slug()).contains("31c3_-_6561_-_en_-_saal_1_-_201412271100_-_31c3_opening_event_-_"
                + "erdgeist_-_geraldine_de_bastion");
        assertThat(report.edition().session(new SessionId("6249"))).isPresent();
    }

    @Test
    void withoutATimeZoneNamedOrGivenThe31c3ReleaseIsRefusedWithTheOptionToGive() throws Exception {
        try (InputStream in = Files.newInputStream(Corpus.schedule("31c3-v1.4.xml"))) {
            assertThatThrownBy(() -> new FrabXmlImporter().read(in, ImportContext.named("31c3-v1.4.xml")))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                        assertThat(e.place().english()).isEqualTo("conference (line 4, column 1)");
                        assertThat(e.rule()).startsWith("no time zone: the schedule names none; give one with the "
                                + "time zone option");
                        assertThat(e.problems()).hasSize(1);
                    });
        }
    }

    static List<String> english(List<ImportWarning> warnings) {
        return warnings.stream().map(w -> w.place() + ": " + w.messageEn()).toList();
    }
}
