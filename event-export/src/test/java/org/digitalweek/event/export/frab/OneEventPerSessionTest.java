package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionLink;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.SourceIdentity;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.export.frabjson.FrabJsonExporter;
import org.digitalweek.event.export.frabjson.Schedule2Exporter;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.Specs;

/**
 * Issue 17, item 4: a session is one {@code <event>}, listed under the day it starts on, even over
 * midnight; the days run from a day change computed from the programme (the earliest whole hour at
 * which no session of at most a day is under way); only a session longer than a day is one event per
 * day it covers, and comes back whole. The source's keys, type word, page and links go out and come
 * back.
 */
class OneEventPerSessionTest {

    private static final String GUID = "0b7e4f4e-5f0a-4c1b-9a57-3d2f9c1e8a11";

    @Test
    void theDayChangeIsTheEarliestWholeHourAtWhichNoSessionOfAtMostADayIsUnderWay() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        Session late = session("late", day.atTime(22, 30), day.plusDays(1).atTime(1, 30));
        Session morning = session("morning", day.atTime(9, 0), day.atTime(10, 0));
        Session week = session("week", day.atTime(9, 0), day.plusDays(6).atTime(18, 0));
        Session endsAtMidnight = session("midnight", day.atTime(23, 0), day.plusDays(1).atStartOfDay());

        assertThat(DayChange.of(List.of(morning, endsAtMidnight))).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(DayChange.of(List.of(morning, late))).isEqualTo(LocalTime.of(2, 0));
        assertThat(DayChange.of(List.of(morning, late, week))).as("a week-long session fits no day").isEqualTo(
                LocalTime.of(2, 0));
        assertThat(DayChange.of(List.of(late, session("dawn", day.atTime(1, 0), day.atTime(3, 15)))))
                .isEqualTo(LocalTime.of(4, 0));
    }

    @Test
    void aSessionOverMidnightIsOneEventUnderTheDayItStartsOn() throws Exception {
        PublicEdition edition = edition();
        byte[] xml = Editions.export(new FrabXmlExporter(), edition, "fr");
        List<Element> events = FrabXmlExporterTest.events(xml);
        Map<String, List<Element>> byTitle = events.stream().collect(Collectors.groupingBy(
                e -> FrabXmlExporterTest.text(e, "title")));
        LocalDate first = edition.dates().start();

        assertThat(Specs.xsdProblems(Specs.require("schedule.xml.xsd"), xml)).isEmpty();
        assertThat(byTitle.get("Late")).hasSize(1);
        assertThat(byTitle.get("Owls")).hasSize(1);
        assertThat(byTitle.get("BoF")).hasSize(1);
        assertThat(events).as("one event per session, three for the three-day exhibition").hasSize(3 + 3);
        assertThat(day(byTitle.get("Late").get(0)).getAttribute("date")).isEqualTo(first.toString());
        assertThat(day(byTitle.get("Owls").get(0)).getAttribute("date")).as("00:30, before the 02:00 day change")
                .isEqualTo(first.toString());
        assertThat(FrabXmlExporterTest.text(byTitle.get("Late").get(0), "duration")).isEqualTo("03:00");
        assertThat(day(byTitle.get("Late").get(0)).getAttribute("start")).startsWith(first + "T02:00:00");
        assertThat(day(byTitle.get("Late").get(0)).getAttribute("end")).startsWith(first.plusDays(1) + "T02:00:00");
    }

    @Test
    void theSourceKeysTypeWordPageAndLinksAreWritten() throws Exception {
        Element bof = FrabXmlExporterTest.events(Editions.export(new FrabXmlExporter(), edition(), "fr")).stream()
                .filter(e -> FrabXmlExporterTest.text(e, "title").equals("BoF")).findFirst().orElseThrow();

        assertThat(bof.getAttribute("guid")).isEqualTo(GUID);
        assertThat(bof.getAttribute("id")).isEqualTo("4242");
        assertThat(FrabXmlExporterTest.text(bof, "slug")).isEqualTo("demo-4242-bof");
        assertThat(FrabXmlExporterTest.text(bof, "type")).isEqualTo("BoF (45 minutes)");
        assertThat(FrabXmlExporterTest.text(bof, "url")).isEqualTo("https://demo.example/bof");
        assertThat(FrabXmlExporterTest.text(bof, "logo")).isEqualTo("https://demo.example/logo.png");
        Element link = (Element) bof.getElementsByTagName("link").item(0);
        assertThat(link.getAttribute("href")).isEqualTo("https://demo.example/slides.pdf");
        assertThat(link.getAttribute("type")).isEqualTo("slides");
        assertThat(((Element) bof.getElementsByTagName("attachment").item(0)).getAttribute("href"))
                .isEqualTo("https://demo.example/paper.pdf");
    }

    @Test
    void theScheduleReadsBackSessionForSessionWithTheirKeysAndLinks() throws Exception {
        PublicEdition edition = edition();
        byte[] xml = Editions.export(new FrabXmlExporter(), edition, "fr");

        PublicEdition back = FrabImports.service(new FakeEditions()).read("frab-xml", ImportContext.named("demo.xml"),
                new ByteArrayInputStream(xml)).edition();

        assertThat(back.sessions()).hasSameSizeAs(edition.sessions());
        Map<String, Session> read = back.sessions().stream().collect(Collectors.toMap(s -> s.title().resolve("fr"),
                Function.identity()));
        for (Session written : edition.sessions()) {
            Session again = read.get(written.title().resolve("fr"));
            assertThat(again.slot()).as("the time of %s", written.id()).isEqualTo(written.slot());
        }
        Session bof = read.get("BoF");
        assertThat(bof.id().value()).isEqualTo(GUID);
        assertThat(bof.source()).isEqualTo(edition.session(new SessionId("bof")).orElseThrow().source());
        assertThat(bof.url()).contains(URI.create("https://demo.example/bof"));
        assertThat(bof.links()).extracting(l -> l.url() + " " + l.kind() + " " + l.title().resolve("fr"))
                .as("in the document's language, which it does not name: English")
                .isEqualTo(edition.session(new SessionId("bof")).orElseThrow().links().stream()
                        .map(l -> l.url() + " " + l.kind() + " " + l.title().resolve("fr")).toList());
    }

    @Test
    void theJsonSchedulesHaveOneEventPerSessionToo() {
        PublicEdition edition = edition();
        String json = new String(Editions.export(new FrabJsonExporter(), edition, "fr"), StandardCharsets.UTF_8);
        String flat = new String(Editions.export(new Schedule2Exporter(), edition, "fr"), StandardCharsets.UTF_8);

        assertThat(json.split("\"title\": \"Late\"", -1)).hasSize(2);
        assertThat(json.split("\"title\": \"Owls\"", -1)).hasSize(2);
        assertThat(json.split("\"title\": \"Exposition\"", -1)).as("a part per day").hasSize(4);
        assertThat(flat.split("\"title\": \"Exposition\"", -1)).as("schedule2 keeps it whole").hasSize(2);
        assertThat(json).contains("\"type\": \"BoF (45 minutes)\"", "\"slug\": \"demo-4242-bof\"",
                "\"url\": \"https://demo.example/bof\"", "\"logo\": \"https://demo.example/logo.png\"");
        assertThat(flat).contains("\"type\": \"OTHER\"", "\"url\": \"https://demo.example/bof\"");
    }

    private static Element day(Element event) {
        return (Element) event.getParentNode().getParentNode();
    }

    /**
     * The sample's first three days: a session from 22:30 to 01:30, one at 00:30, one with a source
     * identity, page and links, and an exhibition over three days.
     */
    private static PublicEdition edition() {
        PublicEdition sample = Editions.sample();
        LocalDate day = sample.dates().start();
        Session bof = new Session(new SessionId("bof"), SessionType.OTHER, LocalizedText.fr("BoF"),
                LocalizedText.fr("Birds of a feather."), Optional.empty(),
                new TimeSlot(day.plusDays(1).atTime(14, 0), day.plusDays(1).atTime(14, 45)),
                sample.programme().get(0).room(), List.of(), List.of(), sample.programme().get(0).status(),
                OptionalInt.empty(), List.of(), sample.programme().get(0).provenance(), false, Optional.empty(),
                SourceIdentity.of(GUID, "4242", "demo-4242-bof", "BoF (45 minutes)"),
                Optional.of(URI.create("https://demo.example/bof")), List.of(
                        new SessionLink(URI.create("https://demo.example/logo.png"), LocalizedText.EMPTY, LinkKind.LOGO),
                        new SessionLink(URI.create("https://demo.example/slides.pdf"), LocalizedText.fr("Diapositives"),
                                LinkKind.SLIDES),
                        new SessionLink(URI.create("https://demo.example/paper.pdf"), LocalizedText.fr("Article"),
                                LinkKind.ATTACHMENT)));
        return sample.toBuilder().sessions(List.of(
                session("late", day.atTime(22, 30), day.plusDays(1).atTime(1, 30)),
                session("owls", day.plusDays(1).atTime(0, 30), day.plusDays(1).atTime(1, 0)),
                session("exposition", day.atTime(10, 0), day.plusDays(2).atTime(18, 0)), bof)).build();
    }

    private static Session session(String id, LocalDateTime start, LocalDateTime end) {
        Session template = Editions.sample().programme().get(0);
        String title = Character.toUpperCase(id.charAt(0)) + id.substring(1);
        return new Session(new SessionId(id), SessionType.OTHER, LocalizedText.fr(title), LocalizedText.EMPTY,
                Optional.empty(), new TimeSlot(start, end), template.room(), List.of(), List.of(), template.status(),
                OptionalInt.empty(), List.of(), template.provenance(), false, Optional.empty());
    }
}
