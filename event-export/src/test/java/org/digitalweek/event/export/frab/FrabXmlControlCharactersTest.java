package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.model.ImportWarning;

/**
 * XML 1.0 allows U+007F to U+009F, and other readers take such a file: one DEL in one description
 * must not refuse a schedule of many events. The text is repaired, the repair said once with the
 * event's id and line, and every event imported.
 */
class FrabXmlControlCharactersTest {

    private static final int EVENTS = 40;

    @Test
    void aDeleteAndANextLineInOneDescriptionAreRepairedAndEveryEventImported() throws IOException {
        List<String> events = new ArrayList<>();
        for (int i = 1; i <= EVENTS; i++) {
            events.add(FrabDocuments.event(Integer.toString(i), "2026-03-10T%02d:00:00+00:00".formatted(i % 12 + 8),
                    "0:30"));
        }
        // Event 17: 14 lines of head, 5 lines each before it, its <description> on its 4th line (line 97).
        events.set(16, events.get(16).replace("<title>", "<description>Open\u007Fdata\u0085 for all\u007F</description>\n"
                + "        <title>"));
        String xml = FrabDocuments.schedule(events.toArray(String[]::new));

        ImportReport report = read(xml);

        assertThat(report.edition().sessions()).hasSize(EVENTS);
        Session repaired = report.edition().sessions().stream()
                .filter(s -> s.title().resolve("en").equals("Event 17")).findFirst().orElseThrow();
        assertThat(repaired.summary().resolve("en")).isEqualTo("Open data for all");
        List<ImportWarning> controls = report.warnings().stream()
                .filter(w -> w.messageEn().startsWith("control character removed")).toList();
        assertThat(controls).hasSize(1);
        assertThat(controls.get(0).place().english()).isEqualTo("event 17 (line " + lineOf(xml, "<description>") + ", column 5)");
        assertThat(controls.get(0).messageFr()).startsWith("caractère de contrôle retiré");
    }

    @Test
    void theRepairIsSaidOnceForTheWholeDocumentWithItsFirstPlacesAndACount() throws IOException {
        List<String> events = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            events.add(FrabDocuments.event(Integer.toString(i), "2026-03-10T1%d:00:00+00:00".formatted(i), "0:30")
                    .replace("</title>", "&#x7F;</title>"));
        }

        ImportReport report = read(FrabDocuments.schedule(events.toArray(String[]::new)));

        assertThat(report.edition().sessions()).extracting(s -> s.title().resolve("en"))
                .containsExactly("Event 1", "Event 2", "Event 3", "Event 4", "Event 5");
        List<ImportWarning> controls = report.warnings().stream()
                .filter(w -> w.messageEn().startsWith("control character removed")).toList();
        assertThat(controls).hasSize(1);
        assertThat(controls.get(0).place().english()).startsWith("event 1 (line 18, column 5)");
        assertThat(controls.get(0).messageEn()).contains("5 times").contains("event 2 (line 23");
    }

    private static ImportReport read(String xml) throws IOException {
        return FrabImports.service(new FakeEditions()).read("frab-xml", ImportContext.named("many.xml"),
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }
}
