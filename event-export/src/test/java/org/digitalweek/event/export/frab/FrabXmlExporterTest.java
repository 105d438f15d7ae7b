package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.GoldenFiles;
import org.digitalweek.event.export.support.Specs;

/** {@code schedule.xml}: the golden sample, validity against the C3VOC XSD, ids, marks and hostile text. */
class FrabXmlExporterTest {

    private final FrabXmlExporter exporter = new FrabXmlExporter();

    @Test
    void theSampleMatchesItsGoldenFile() throws Exception {
        GoldenFiles.assertMatches("snm-2026.schedule.xml", Editions.export(exporter, Editions.sample(), "fr"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void theSampleIsValidAgainstTheXsd(String language) {
        assertValid(Editions.export(exporter, Editions.sample(), language));
    }

    @Test
    void theGeneratedWeekOf2000SessionsIsValidAgainstTheXsd() throws Exception {
        byte[] xml = Editions.export(exporter, Editions.generated(), "fr");
        assertValid(xml);
        assertThat(events(xml)).hasSizeGreaterThanOrEqualTo(Editions.generated().sessions().size());
    }

    @Test
    void guidsAreUuidsStableAcrossExportsAndDistinctAndIdsAreUnique() throws Exception {
        List<Element> first = events(Editions.export(exporter, Editions.generated(), "fr"));
        List<Element> again = events(Editions.export(exporter, Editions.generated(), "en"));

        List<String> guids = first.stream().map(e -> e.getAttribute("guid")).toList();
        assertThat(guids).allSatisfy(guid -> assertThat(UUID.fromString(guid)).hasToString(guid)).doesNotHaveDuplicates();
        assertThat(guids.stream().map(UUID::fromString).map(UUID::version)).containsOnly(5);
        assertThat(first.stream().map(e -> e.getAttribute("id"))).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(Long.parseLong(id)).isBetween(1000L, (long) Integer.MAX_VALUE));
        assertThat(first.stream().map(e -> text(e, "slug"))).doesNotHaveDuplicates();
        assertThat(again.stream().map(e -> e.getAttribute("guid") + " " + e.getAttribute("id") + " " + text(e, "slug")))
                .containsExactlyElementsOf(first.stream()
                        .map(e -> e.getAttribute("guid") + " " + e.getAttribute("id") + " " + text(e, "slug")).toList());
    }

    @Test
    void aSessionOverSeveralDaysIsAnEventEachDayWithinThatDay() throws Exception {
        List<Element> parts = events(Editions.export(exporter, Editions.sample(), "fr")).stream()
                .filter(e -> text(e, "title").equals("Exposition du savoir-faire technologique local")).toList();

        assertThat(parts).hasSize(7);
        assertThat(parts.get(0)).satisfies(e -> {
            assertThat(text(e, "date")).isEqualTo("2026-01-29T12:00:00+00:00");
            assertThat(text(e, "duration")).isEqualTo("12:00");
            assertThat(text(e, "subtitle")).isEqualTo("[illustratif] jour 1 sur 7");
        });
        assertThat(parts.get(3)).satisfies(e -> {
            assertThat(text(e, "date")).isEqualTo("2026-02-01T00:00:00+00:00");
            assertThat(text(e, "duration")).isEqualTo("24:00");
        });
        assertThat(parts.get(6)).satisfies(e -> {
            assertThat(text(e, "date")).isEqualTo("2026-02-04T00:00:00+00:00");
            assertThat(text(e, "duration")).isEqualTo("18:00");
            assertThat(text(e, "subtitle")).isEqualTo("[illustratif] jour 7 sur 7");
        });
        assertThat(parts).allSatisfy(e -> assertThat(((Element) e.getParentNode().getParentNode()).getAttribute("date"))
                .isEqualTo(text(e, "date").substring(0, 10)));
    }

    @Test
    void cancelledAndTentativeSessionsStayMarkedInTheChosenLanguage() throws Exception {
        PublicEdition edition = EditionVariants.cancelledAndTentative();
        Map<String, Element> fr = byGuidOrder(Editions.export(exporter, edition, "fr"));
        Map<String, Element> en = byGuidOrder(Editions.export(exporter, edition, "en"));

        assertThat(fr.values().stream().map(e -> text(e, "title")))
                .contains("[annulé] Panel de haut niveau sur la gouvernance numérique");
        assertThat(en.values().stream().map(e -> text(e, "title")))
                .contains("[cancelled] High-level panel on digital governance");
        assertThat(fr.values().stream().filter(e -> text(e, "title").startsWith("Masterclass")).map(e -> text(e, "subtitle")))
                .containsExactly("[à confirmer] [illustratif]");
        assertThat(fr.keySet()).isEqualTo(en.keySet());
        assertValid(Editions.export(exporter, edition, "en"));
    }

    @Test
    void illustrativeItemsAreMarked() throws Exception {
        List<Element> events = events(Editions.export(exporter, Editions.sample(), "en"));
        Element masterclass = events.stream().filter(e -> text(e, "title").startsWith("Masterclass")).findFirst().orElseThrow();

        assertThat(text(masterclass, "abstract")).startsWith("[illustrative] Illustrative session");
        assertThat(text(masterclass, "subtitle")).isEqualTo("[illustrative]");
        Element opening = events.stream().filter(e -> text(e, "type").equals("opening-ceremony")).findFirst().orElseThrow();
        assertThat(text(opening, "abstract")).startsWith("[illustrative] Illustrative hours");
        assertThat(text(opening, "description")).contains("Presides: M. Alhamdou Ag Ilyène (on behalf of: Prime Minister)");
    }

    @Test
    void anEditionWhoseHostCityAndCountryAreNotGivenIsValidAgainstTheXsd() throws Exception {
        byte[] xml = Editions.export(exporter, EditionVariants.withoutHost(), "en");

        assertValid(xml);
        assertThat(events(xml)).hasSameSizeAs(events(Editions.export(exporter, Editions.sample(), "en")));
    }

    @Test
    void hostileTextStaysWellFormedValidAndIntact() throws Exception {
        byte[] xml = Editions.export(exporter, EditionVariants.retitled(EditionVariants.HOSTILE), "fr");

        assertValid(xml);
        assertThat(events(xml).stream().map(e -> text(e, "title"))).contains(EditionVariants.HOSTILE);
    }

    @Test
    void controlCharactersAreReplacedSoTheDocumentStaysWellFormed() throws Exception {
        byte[] xml = Editions.export(exporter, EditionVariants.retitled("bell\u0007 escape\u001b end"), "fr");

        assertValid(xml);
        assertThat(events(xml).stream().map(e -> text(e, "title"))).contains("bell\uFFFD escape\uFFFD end");
    }

    private static void assertValid(byte[] xml) {
        Path xsd = Specs.require("schedule.xml.xsd");
        assertThat(Specs.xsdProblems(xsd, xml)).as("problems against %s", xsd).isEmpty();
    }

    private static Map<String, Element> byGuidOrder(byte[] xml) throws Exception {
        return events(xml).stream().collect(Collectors.toMap(e -> e.getAttribute("guid"), Function.identity(),
                (a, b) -> a, java.util.TreeMap::new));
    }

    static List<Element> events(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList nodes = document.getElementsByTagName("event");
        List<Element> events = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            events.add((Element) nodes.item(i));
        }
        return events;
    }

    static String text(Element event, String child) {
        NodeList nodes = event.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }
}
