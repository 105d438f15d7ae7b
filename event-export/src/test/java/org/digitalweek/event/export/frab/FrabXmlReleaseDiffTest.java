package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.digitalweek.event.domain.diff.EditionChange;
import org.digitalweek.event.domain.diff.ParticipantsChanged;
import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.diff.SessionAdded;
import org.digitalweek.event.domain.diff.SessionChange;
import org.digitalweek.event.domain.diff.SessionDetailsChanged;
import org.digitalweek.event.domain.diff.SessionMoved;
import org.digitalweek.event.domain.diff.SessionRemoved;
import org.digitalweek.event.domain.diff.SessionRetitled;
import org.digitalweek.event.domain.model.Ids;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.WebAddresses;
import org.digitalweek.event.export.support.Corpus;

/**
 * Three published releases of the 31C3 schedule, imported, then compared with the domain's programme
 * diff; the diff must list exactly what a plain DOM and XPath comparison of the files finds, event by
 * event (keyed by guid): added, removed, moved (date, duration or room), retitled, other people
 * (person ids), other texts (subtitle, abstract, description), track, type or language, other source
 * keys (id, slug, type word), page or links; and people renamed or coming and going.
 *
 * <p>The shared README says 1.3→1.4 has 3 added, 1 removed, 1 changed and 1.4→1.5 1 removed. The
 * files say more: 1.3→1.4 also changes 6 sessions (a room, two descriptions, three speaker lists)
 * and renames two people, which shows under each of their sessions still on the programme (one more
 * session); 1.4→1.5 also adds a speaker to two sessions. Now that links are kept, 4 and 5 more
 * sessions change their links only. The files win.
 */
class FrabXmlReleaseDiffTest {

    /** Each release is imported once for the three tests. */
    private static final Map<String, PublicEdition> IMPORTED = new ConcurrentHashMap<>();

    /** One event as the file has it: every part the programme keeps, as plain strings. */
    private record Event(String sessionId, String title, String date, String duration, String room, String texts,
                         String track, String type, String language, List<String> people, String source, String url,
                         String links) {
    }

    /** One release as the file has it. */
    private record Release(Map<String, Event> events, Map<String, String> people, Set<String> rooms,
                           Set<String> tracks, String conference) {
    }

    @Test
    void from1Point3To1Point4TheDiffListsWhatTheFilesSay() throws Exception {
        ProgrammeDiff diff = ProgrammeDiff.between(imported("31c3-v1.3.xml"), imported("31c3-v1.4.xml"));
        Map<String, Set<String>> expected = expectedChanges(release("31c3-v1.3.xml"), release("31c3-v1.4.xml"));

        assertThat(sessionChanges(diff)).isEqualTo(expected);
        assertThat(expected).containsEntry("6b94aab7-5909-4662-99f8-1a990c247bb1", Set.of("added"))
                .containsEntry("k2KTQo74HOCo2rjkWtETwQ", Set.of("removed"))
                .containsEntry("4_Q4s48yg8FV08kvf9lbpQ", Set.of("details: source, links", "moved: room"))
                .containsEntry("87b8f1ba-1f05-46c2-93ac-b575bbc9fb4f", Set.of("details: source", "participants +5081"));
        assertThat(count(expected, "added")).isEqualTo(3);
        assertThat(count(expected, "removed")).isEqualTo(1);
        assertThat(expected).as("3 added, 1 removed, 6 changed, 4 more whose links or speakers (a renamed one) changed")
                .hasSize(3 + 1 + 6 + 4);
        assertThat(expected.values().stream().flatMap(Set::stream).filter(k -> k.contains("~")))
                .as("each renamed person under each of their sessions").isNotEmpty();
        assertThat(officialChanges(diff)).isEqualTo(expectedPeople(release("31c3-v1.3.xml"), release("31c3-v1.4.xml")))
                .contains("4690 CHANGED [fullName]", "5347 CHANGED [fullName]");
        assertThat(diff.editionChanges()).allMatch(c -> c.part() == EditionChange.Part.OFFICIAL);
    }

    @Test
    void from1Point4To1Point5TheDiffListsWhatTheFilesSay() throws Exception {
        ProgrammeDiff diff = ProgrammeDiff.between(imported("31c3-v1.4.xml"), imported("31c3-v1.5.xml"));
        Map<String, Set<String>> expected = expectedChanges(release("31c3-v1.4.xml"), release("31c3-v1.5.xml"));

        assertThat(sessionChanges(diff)).isEqualTo(expected);
        assertThat(expected).containsEntry("pf1A5mcF9V6zx8ZYD6qUig", Set.of("removed"))
                .containsEntry("Rm1YndV-p_f5_NFEyPZMNA", Set.of("details: source", "participants +5367"))
                .as("1 removed, 2 with a speaker more, 5 with other links only").hasSize(3 + 5);
        assertThat(officialChanges(diff)).isEqualTo(expectedPeople(release("31c3-v1.4.xml"), release("31c3-v1.5.xml")));
        assertThat(diff.editionChanges()).allMatch(c -> c.part() == EditionChange.Part.OFFICIAL);
    }

    @Test
    void aReleaseComparedWithItselfHasNoChange() throws Exception {
        assertThat(ProgrammeDiff.between(imported("31c3-v1.5.xml"), imported("31c3-v1.5.xml")).isEmpty()).isTrue();
    }

    private static PublicEdition imported(String file) throws Exception {
        PublicEdition known = IMPORTED.get(file);
        if (known == null) {
            known = FrabImports.corpus(file, "Europe/Berlin").edition();
            IMPORTED.put(file, known);
        }
        return known;
    }

    /** What the diff says, per session id: {@code added}, {@code moved: room}, {@code details: summary}, … */
    private static Map<String, Set<String>> sessionChanges(ProgrammeDiff diff) {
        Map<String, Set<String>> changes = new TreeMap<>();
        for (SessionChange change : diff.sessionChanges()) {
            changes.computeIfAbsent(change.sessionId().value(), id -> new TreeSet<>()).add(describe(change));
        }
        return changes;
    }

    private static String describe(SessionChange change) {
        if (change instanceof SessionAdded) {
            return "added";
        }
        if (change instanceof SessionRemoved) {
            return "removed";
        }
        if (change instanceof SessionMoved moved) {
            return "moved: " + (moved.timeChanged() ? "time" + (moved.roomChanged() ? " and room" : "") : "room");
        }
        if (change instanceof SessionRetitled) {
            return "retitled";
        }
        if (change instanceof ParticipantsChanged people) {
            return "participants" + people.added().stream().map(p -> " +" + p.official().value()).reduce("", String::concat)
                    + people.removed().stream().map(p -> " -" + p.official().value()).reduce("", String::concat)
                    + (people.reordered() ? " reordered" : "")
                    + people.changed().stream().map(c -> " ~" + c.id().value()).reduce("", String::concat);
        }
        return "details: " + String.join(", ", ((SessionDetailsChanged) change).fields());
    }

    /** The same, from the files alone. */
    private static Map<String, Set<String>> expectedChanges(Release before, Release after) {
        assertThat(after.rooms()).as("rooms, so the diff has none to report").isEqualTo(before.rooms());
        assertThat(after.tracks()).as("tracks, so the diff has none to report").isEqualTo(before.tracks());
        assertThat(after.conference()).as("conference, so the edition does not change").isEqualTo(before.conference());
        Map<String, Set<String>> changes = new TreeMap<>();
        after.events().forEach((guid, event) -> {
            if (!before.events().containsKey(guid)) {
                changes.put(event.sessionId(), Set.of("added"));
            }
        });
        before.events().forEach((guid, was) -> {
            Event is = after.events().get(guid);
            if (is == null) {
                changes.put(was.sessionId(), Set.of("removed"));
                return;
            }
            Set<String> kinds = kinds(was, is, before.people(), after.people());
            if (!kinds.isEmpty()) {
                changes.put(was.sessionId(), kinds);
            }
        });
        return changes;
    }

    /** A person on both states of the event whose name the later release spells anew is a change of it too. */
    private static Set<String> kinds(Event was, Event is, Map<String, String> namesBefore,
                                     Map<String, String> namesAfter) {
        Set<String> kinds = new TreeSet<>();
        boolean time = !was.date().equals(is.date()) || !was.duration().equals(is.duration());
        boolean room = !was.room().equals(is.room());
        if (time || room) {
            kinds.add("moved: " + (time ? "time" + (room ? " and room" : "") : "room"));
        }
        if (!was.title().equals(is.title())) {
            kinds.add("retitled");
        }
        List<String> renamed = is.people().stream().filter(was.people()::contains)
                .filter(p -> !namesBefore.get(p).equals(namesAfter.get(p))).toList();
        if (!was.people().equals(is.people()) || !renamed.isEmpty()) {
            kinds.add("participants" + is.people().stream().filter(p -> !was.people().contains(p)).map(p -> " +" + p)
                    .reduce("", String::concat) + was.people().stream().filter(p -> !is.people().contains(p))
                    .map(p -> " -" + p).reduce("", String::concat)
                    + renamed.stream().map(p -> " ~" + p).reduce("", String::concat));
        }
        List<String> details = new ArrayList<>();
        if (!was.type().equals(is.type())) {
            details.add("type");
        }
        if (!was.texts().equals(is.texts())) {
            details.add("summary");
        }
        if (!was.track().equals(is.track())) {
            details.add("track");
        }
        if (!was.language().equals(is.language())) {
            details.add("languages");
        }
        if (!was.source().equals(is.source()) || !was.type().equals(is.type())) {
            details.add("source");
        }
        if (!was.url().equals(is.url())) {
            details.add("url");
        }
        if (!was.links().equals(is.links())) {
            details.add("links");
        }
        if (!details.isEmpty()) {
            kinds.add("details: " + String.join(", ", details));
        }
        return kinds;
    }

    private static Set<String> officialChanges(ProgrammeDiff diff) {
        Set<String> changes = new TreeSet<>();
        diff.editionChanges().stream().filter(c -> c.part() == EditionChange.Part.OFFICIAL)
                .forEach(c -> changes.add(c.id() + " " + c.kind() + (c.fields().isEmpty() ? "" : " " + c.fields())));
        return changes;
    }

    private static Set<String> expectedPeople(Release before, Release after) {
        Set<String> changes = new TreeSet<>();
        after.people().forEach((id, name) -> {
            String was = before.people().get(id);
            if (was == null) {
                changes.add(id + " ADDED");
            } else if (!was.equals(name)) {
                changes.add(id + " CHANGED [fullName]");
            }
        });
        before.people().keySet().stream().filter(id -> !after.people().containsKey(id))
                .forEach(id -> changes.add(id + " REMOVED"));
        return changes;
    }

    private static long count(Map<String, Set<String>> changes, String kind) {
        return changes.values().stream().filter(kinds -> kinds.contains(kind)).count();
    }

    /** Reads a release with the JDK's DOM and XPath, secure, nothing of the importer. */
    private static Release release(String file) throws Exception {
        Path path = Corpus.schedule(file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(path.toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, String> people = new LinkedHashMap<>();
        NodeList nodes = (NodeList) xpath.evaluate("/schedule/day/room/event", document, XPathConstants.NODESET);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element event = (Element) nodes.item(i);
            List<String> ids = new ArrayList<>();
            NodeList persons = (NodeList) xpath.evaluate("persons/person", event, XPathConstants.NODESET);
            for (int p = 0; p < persons.getLength(); p++) {
                Element person = (Element) persons.item(p);
                ids.add(person.getAttribute("id"));
                people.putIfAbsent(person.getAttribute("id"), person.getTextContent().strip());
            }
            String guid = event.getAttribute("guid");
            String sessionId = Ids.isValid(guid) ? guid : event.getAttribute("id"); // the importer's documented rule
            Event previous = events.put(guid, new Event(sessionId, text(xpath, event, "title"),
                    text(xpath, event, "date"), text(xpath, event, "duration"), text(xpath, event, "room"),
                    text(xpath, event, "subtitle") + "|" + text(xpath, event, "abstract") + "|"
                            + text(xpath, event, "description"),
                    text(xpath, event, "track"), text(xpath, event, "type"), text(xpath, event, "language"), ids,
                    event.getAttribute("id") + "|" + text(xpath, event, "slug"), text(xpath, event, "url"),
                    text(xpath, event, "logo") + "|" + references(xpath, event, "links/link") + "|"
                            + references(xpath, event, "attachments/attachment")));
            assertThat(previous).as("guid %s is unique in %s", guid, file).isNull();
        }
        return new Release(events, people, strings(xpath, document, "/schedule/day/room/@name"),
                strings(xpath, document, "//event/track"), xpath.evaluate("string(/schedule/conference)", document)
                .replaceAll("\\s+", " "));
    }

    /** Each usable link's address and title, in order (the file has no base address: the importer's documented rule). */
    private static String references(XPath xpath, Element event, String path) throws XPathExpressionException {
        NodeList nodes = (NodeList) xpath.evaluate(path, event, XPathConstants.NODESET);
        List<String> references = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element reference = (Element) nodes.item(i);
            if (WebAddresses.parse(reference.getAttribute("href").strip()).isPresent()) {
                references.add(reference.getAttribute("href") + " " + reference.getTextContent().strip());
            }
        }
        return String.join(", ", references);
    }

    private static String text(XPath xpath, Element event, String child) throws XPathExpressionException {
        return xpath.evaluate(child, event).strip();
    }

    private static Set<String> strings(XPath xpath, Document document, String path) throws XPathExpressionException {
        NodeList nodes = (NodeList) xpath.evaluate(path, document, XPathConstants.NODESET);
        Set<String> values = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().strip());
        }
        return values;
    }
}
