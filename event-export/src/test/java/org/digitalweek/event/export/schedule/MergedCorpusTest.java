package org.digitalweek.event.export.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.digitalweek.event.domain.model.Ids;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.domain.rules.Finding;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.rules.Rule;
import org.digitalweek.event.export.frab.FrabXmlImporter;
import org.digitalweek.event.export.frabjson.FrabJsonImporter;
import org.digitalweek.event.export.support.Corpus;

/**
 * Real schedules of the corpus made into the worst merge: every person's id rewritten to 0, as when
 * systems that number people from 0 are merged. Each session keeps the source's speakers by name, read
 * independently of the importer, and the checker finds exactly the double bookings of the untouched
 * schedule.
 */
class MergedCorpusTest {

    private static final Pattern PERSON_ID = Pattern.compile("(<person\\b[^>]*?\\bid=)(['\"])[^'\"]*\\2");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aFrabXmlScheduleWhoseIdsAreAllZeroKeepsEverySpeaker() throws Exception {
        String name = "31c3-v1.5.xml";
        String source = Files.readString(Corpus.schedule(name), StandardCharsets.UTF_8);
        String merged = PERSON_ID.matcher(source).replaceAll("$1$20$2");

        assertKeepsEverySpeaker(new FrabXmlImporter(), name, source, merged, xmlSpeakers(merged));
    }

    @Test
    void aFrabJsonScheduleWhoseIdsAreAllZeroKeepsEverySpeaker() throws Exception {
        String name = "camp2019-frab.json";
        String source = Files.readString(Corpus.schedule(name), StandardCharsets.UTF_8);
        JsonNode tree = JSON.readTree(source);
        Map<String, List<String>> speakers = new LinkedHashMap<>();
        tree.findParents("persons").forEach(event -> {
            List<String> names = new ArrayList<>();
            event.get("persons").forEach(p -> {
                ((ObjectNode) p).put("id", 0);
                names.add(p.get("public_name").asString().strip());
            });
            speakers.put(event.get("guid").asString(), distinct(names));
        });
        String merged = JSON.writeValueAsString(tree);

        assertKeepsEverySpeaker(new FrabJsonImporter(), name, source, merged, speakers);
    }

    private static void assertKeepsEverySpeaker(Importer importer, String name, String source, String merged,
                                                Map<String, List<String>> expected) throws IOException {
        PublicEdition original = MergedSchedules.edition(read(importer, name, source));
        ImportResult result = read(importer, name, merged);
        PublicEdition edition = MergedSchedules.edition(result);

        Map<String, List<String>> speakers = new LinkedHashMap<>();
        Map<String, String> names = MergedSchedules.officials(edition);
        edition.sessions().forEach(s -> speakers.put(s.id().value(),
                s.participants().stream().map(p -> names.get(p.official().value())).toList()));
        assertThat(speakers).containsAllEntriesOf(firstSpellings(expected));
        assertThat(doubleBookings(edition)).isEqualTo(doubleBookings(original));
        assertThat(result.warnings()).filteredOn(w -> w.messageEn().startsWith("person ids shared")).singleElement()
                .satisfies(w -> assertThat(w.messageEn()).contains("1 id; each name is its own person: id 0 ("
                        + names.size() + " names: 0, 0-2 … 0-" + names.size() + ")"));
    }

    private static ImportResult read(Importer importer, String name, String document) throws IOException {
        return importer.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                ImportContext.named(name).withDefaultZone(ZoneId.of("Europe/Berlin")));
    }

    /** @return the groups of sessions the checker finds a person booked twice in */
    private static Set<Set<String>> doubleBookings(PublicEdition edition) {
        Set<Set<String>> groups = new HashSet<>();
        for (Finding finding : new ProgrammeChecker().check(edition).of(Rule.PERSON_DOUBLE_BOOKED)) {
            groups.add(finding.sessions().stream().map(s -> s.value()).collect(Collectors.toSet()));
        }
        return groups;
    }

    /** Each event's people by name, by event guid, as a DOM reads them. */
    private static Map<String, List<String>> xmlSpeakers(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList events = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("event");
        Map<String, List<String>> speakers = new LinkedHashMap<>();
        for (int i = 0; i < events.getLength(); i++) {
            Element event = (Element) events.item(i);
            NodeList persons = event.getElementsByTagName("person");
            List<String> names = new ArrayList<>();
            for (int j = 0; j < persons.getLength(); j++) {
                names.add(persons.item(j).getTextContent().strip());
            }
            String guid = event.getAttribute("guid");
            speakers.put(Ids.isValid(guid) ? guid : event.getAttribute("id"), distinct(names));
        }
        return speakers;
    }

    /** A session names one person once: the same name under the one id 0 is one person. */
    private static List<String> distinct(List<String> names) {
        Map<String, String> byFold = new LinkedHashMap<>();
        names.forEach(n -> byFold.putIfAbsent(PersonIds.fold(n), n));
        return List.copyOf(byFold.values());
    }

    /**
     * @param speakers each event's people, in document order
     * @return the same, each name spelt as it first is in the document: under the one id 0, {@code Mo}
     *         and {@code mo} are one person
     */
    private static Map<String, List<String>> firstSpellings(Map<String, List<String>> speakers) {
        Map<String, String> first = new HashMap<>();
        speakers.values().forEach(names -> names.forEach(n -> first.putIfAbsent(PersonIds.fold(n), n)));
        Map<String, List<String>> spelt = new LinkedHashMap<>();
        speakers.forEach((event, names) -> spelt.put(event,
                names.stream().map(n -> first.get(PersonIds.fold(n))).toList()));
        return spelt;
    }
}
