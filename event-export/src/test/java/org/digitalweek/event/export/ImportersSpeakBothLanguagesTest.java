package org.digitalweek.event.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.DocumentProblem;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.fixtures.Wording;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.model.ImportWarning;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.port.out.Importer;

/**
 * Issue 18, part 3: every importer, fed broken and hostile documents, says its repairs and refusals
 * with places in both languages ({@code ligne 12, colonne 5} / {@code line 12, column 5}), with no
 * {@code (s)}, no class name and no enum constant; repairs are said in full in each language, and so
 * is every refusal whose rule has its French words.
 */
class ImportersSpeakBothLanguagesTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final Map<String, String> VALID = Map.of("frab-xml", "snm-2026.schedule.xml",
            "frab-json", "snm-2026.schedule.json", "schedule2", "snm-2026.schedule2.json", "ics", "snm-2026.fr.ics");

    @Test
    void everyImporterSaysItsRepairsAndRefusalsInBothLanguages() throws IOException {
        List<Importer> importers = ServiceLoader.load(Importer.class).stream().map(ServiceLoader.Provider::get).toList();
        assertThat(importers).extracting(Importer::formatId).contains("json", "frab-xml", "frab-json", "schedule2", "ics");
        int refusals = 0;
        int repairs = 0;
        for (Importer importer : importers) {
            for (Map.Entry<String, byte[]> document : documents(importer.formatId()).entrySet()) {
                String what = importer.formatId() + ", " + document.getKey();
                ImportContext context = ImportContext.named(document.getKey()).withDefaultZone(ZoneId.of("Africa/Bamako"));
                try {
                    ImportResult result = importer.read(new ByteArrayInputStream(document.getValue()), context);
                    for (ImportWarning warning : result.warnings()) {
                        Wording.assertFrench(warning.describe("fr"), what);
                        Wording.assertEnglish(warning.describe("en"), what);
                        repairs++;
                    }
                } catch (UnreadableDocumentException e) {
                    refusals++;
                    int count = e.problems().size();
                    assertThat(e.getMessage("fr")).as(what).startsWith(count == 1
                            ? e.source() + ", " + e.place().french() + " : "
                            : e.source() + " : " + count + " problèmes\n  " + e.place().french() + " : ");
                    assertThat(e.getMessage("en")).as(what).startsWith(count == 1
                            ? e.source() + " at " + e.place().english() + ": "
                            : e.source() + ": " + count + " problems\n  " + e.place().english() + ": ");
                    for (DocumentProblem problem : e.problems()) {
                        Wording.assertFrench(problem.place().french(), what);
                        Wording.assertEnglish(problem.place().english() + ": " + problem.ruleEn(), what);
                        Wording.assertFrench(problem.describe("fr"), what);
                    }
                } catch (InvalidInputException e) {
                    Wording.assertFrench(e.getMessage("fr"), what);
                    Wording.assertEnglish(e.getMessage("en"), what);
                }
            }
        }
        assertThat(refusals).as("hostile documents are refused").isGreaterThan(20);
        assertThat(repairs).as("repaired documents say their repairs").isGreaterThan(5);
    }

    /** Hostile documents for every importer, then broken and repairable variants of a valid one. */
    private static Map<String, byte[]> documents(String format) throws IOException {
        Map<String, byte[]> documents = new LinkedHashMap<>();
        documents.put("empty", new byte[0]);
        documents.put("not-utf8", new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'});
        documents.put("array", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
        documents.put("object", "{\"what\": true}".getBytes(StandardCharsets.UTF_8));
        documents.put("xml", "<?xml version=\"1.0\"?>\n<release><x/></release>".getBytes(StandardCharsets.UTF_8));
        documents.put("calendar-head", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n".getBytes(StandardCharsets.UTF_8));
        String name = VALID.get(format);
        if (name == null) {
            return documents;
        }
        byte[] valid = Files.readAllBytes(GOLDEN.resolve(name));
        String text = new String(valid, StandardCharsets.UTF_8);
        documents.put("valid", valid);
        documents.put("truncated", Arrays.copyOf(valid, valid.length / 2));
        documents.put("bad-bytes", withBadByte(valid));
        for (String[] change : changes(format)) {
            if (text.contains(change[0])) {
                documents.put(change[2], text.replaceFirst(java.util.regex.Pattern.quote(change[0]), change[1])
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return documents;
    }

    private static byte[] withBadByte(byte[] valid) {
        byte[] bad = Arrays.copyOf(valid, valid.length);
        bad[valid.length / 3] = (byte) 0xFF;
        return bad;
    }

    /** {what, by, name}: damage and oddities each format's importer must say in words. */
    private static List<String[]> changes(String format) {
        List<String[]> changes = new ArrayList<>();
        switch (format) {
            case "frab-xml" -> {
                changes.add(new String[] {"<duration>", "<unknown>x</unknown><duration>", "unknown-element"});
                changes.add(new String[] {"<type>", "<type>BoF</type><type>", "unknown-type"});
                changes.add(new String[] {"<date>2026", "<date>2026-13", "bad-date"});
                changes.add(new String[] {"<duration>", "<duration>soon</duration><x>", "bad-duration"});
                changes.add(new String[] {"<schedule>", "<!DOCTYPE schedule><schedule>", "doctype"});
            }
            case "ics" -> {
                changes.add(new String[] {"BEGIN:VEVENT", "BEGIN:VTODO\r\nUID:t\r\nEND:VTODO\r\nBEGIN:VEVENT",
                    "unknown-component"});
                changes.add(new String[] {"DTSTART", "X-FOO:bar\r\nDTSTART", "unknown-property"});
                changes.add(new String[] {"DTSTART;TZID=Africa/Bamako:2026", "DTSTART;TZID=Africa/Bamako:2026-13",
                    "bad-date"});
                changes.add(new String[] {"END:VCALENDAR", "", "unclosed"});
            }
            default -> {
                changes.add(new String[] {"\"duration\": \"", "\"duration\": \"soon", "bad-duration"});
                changes.add(new String[] {"\"type\": \"", "\"type\": \"BoF ", "unknown-type"});
                changes.add(new String[] {"\"title\"", "\"unknownThing\": 1, \"title\"", "unknown-property"});
                changes.add(new String[] {"\"date\": \"2026", "\"date\": \"2026-13", "bad-date"});
                changes.add(new String[] {"\"conference\"", "\"conference\": 1, \"x\"", "wrong-type"});
            }
        }
        return changes;
    }
}
