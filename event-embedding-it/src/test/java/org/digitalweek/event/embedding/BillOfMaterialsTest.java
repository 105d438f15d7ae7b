package org.digitalweek.event.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code event-bom} manages the library's published modules, at the build's version, and nothing else. */
class BillOfMaterialsTest {

    /** The reactor's modules that are not the library: never published. */
    private static final List<String> UNPUBLISHED = List.of("event-benchmarks", "event-bom", "event-embedding-it");

    @Test
    void theBomManagesEveryPublishedModuleAndNothingElse() throws Exception {
        Path root = Path.of("..");
        Document parent = read(root.resolve("pom.xml"));
        Document bom = read(root.resolve("event-bom/pom.xml"));

        List<String> published = texts(parent.getDocumentElement(), "modules", "module").stream()
                .filter(m -> !UNPUBLISHED.contains(m)).toList();
        Element managed = (Element) bom.getElementsByTagName("dependencyManagement").item(0);
        List<String> artifacts = childTexts(managed.getElementsByTagName("dependency"), "artifactId");
        List<String> groups = childTexts(managed.getElementsByTagName("dependency"), "groupId");
        List<String> versions = childTexts(managed.getElementsByTagName("dependency"), "version");

        assertThat(published).contains("event-domain", "event-persistence", "event-export", "event-cli-adapter");
        assertThat(artifacts).containsExactlyInAnyOrderElementsOf(published);
        assertThat(groups).containsOnly("org.digitalweek");
        assertThat(versions).containsOnly("${project.version}");
        // No parent: an import would bring the parent's managed versions (Jackson, JUnit…) along.
        assertThat(bom.getElementsByTagName("parent").getLength()).isZero();
        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(child(parent.getDocumentElement(), "version"));
    }

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static List<String> texts(Element root, String list, String item) {
        NodeList lists = root.getElementsByTagName(list);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lists.getLength(); i++) {
            NodeList items = ((Element) lists.item(i)).getElementsByTagName(item);
            for (int j = 0; j < items.getLength(); j++) {
                found.add(items.item(j).getTextContent().strip());
            }
        }
        return found;
    }

    private static List<String> childTexts(NodeList elements, String child) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            found.add(child((Element) elements.item(i), child));
        }
        return found;
    }

    private static String child(Element element, String name) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        throw new IllegalStateException("no <" + name + "> in <" + element.getTagName() + ">");
    }
}
