package org.digitalweek.event.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.persistence.json.StoreFixtures.bytes;
import static org.digitalweek.event.persistence.json.StoreFixtures.changingSession;
import static org.digitalweek.event.persistence.json.StoreFixtures.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.fixtures.FullEdition;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.TimeSlot;

/** Files that git can diff: the same edition gives the same bytes, and a change only its own lines. */
class CanonicalFilesTest {

    private static final EditionId FULL = new EditionId(FullEdition.ID);

    @TempDir
    Path folder;

    @Test
    void theSameEditionGivesTheSameBytesInAnyStore() {
        JsonFileEditions.open(folder.resolve("a")).save(FullEdition.edition(), 0);
        JsonFileEditions.open(folder.resolve("b")).save(FullEdition.edition(), 0);

        assertThat(bytes(folder.resolve("a/snm-full-2026.json")))
                .isEqualTo(bytes(folder.resolve("b/snm-full-2026.json")));
    }

    @Test
    void twoSavesOfTheSameContentDifferOnlyInTheVersionLine() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition saved = store.save(FullEdition.edition(), 0);
        List<String> first = lines();

        store.save(saved, 1);

        assertThat(changedLines(first, lines())).containsExactly("    \"version\": 2,");
    }

    @Test
    void cancellingOneSessionTouchesOnlyItsStatusLine() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition saved = store.save(FullEdition.edition(), 0);
        List<String> before = lines();

        store.save(changingSession(saved, 1, s -> s.withStatus(SessionStatus.CANCELLED)), 1);

        List<String> after = lines();
        assertThat(changedLines(before, after))
                .containsExactly("        \"status\": \"CANCELLED\",", "    \"version\": 2,");
        int changed = firstDifference(before, after);
        assertThat(changed).isBetween(lineOf(after, "\"id\": \"panel\""), lineOf(after, "\"id\": \"expo\""));
    }

    @Test
    void movingOneSessionTouchesOnlyItsSlotLines() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition saved = store.save(FullEdition.edition(), 0);
        List<String> before = lines();
        TimeSlot later = new TimeSlot(LocalDateTime.parse("2026-01-31T15:00"), LocalDateTime.parse("2026-01-31T17:30"));

        store.save(changingSession(saved, 1, s -> s.movedTo(later, s.room())), 1);

        assertThat(changedLines(before, lines())).containsExactly(
                "          \"start\": \"2026-01-31T15:00:00\",",
                "          \"end\": \"2026-01-31T17:30:00\"",
                "    \"version\": 2,");
    }

    @Test
    void propertiesFollowTheModelsOrderAndMapsTheirKeys() {
        JsonFileEditions.open(folder).save(FullEdition.edition(), 0);
        JsonNode file = StoreJson.mapper().readTree(text(file()));

        assertThat(file.propertyNames()).containsExactly("format", "formatVersion", "releaseCount", "edition",
                "internal");
        assertThat(file.get("edition").propertyNames()).containsExactlyElementsOf(modelOrder(PublicEdition.class));
        assertThat(file.get("edition").get("sessions")).allSatisfy(session ->
                assertThat(modelOrder(Session.class)).containsSubsequence(session.propertyNames()));
        assertThat(file.get("edition").get("title").propertyNames()).containsExactly("bm", "en", "fr");
        assertThat(file.get("internal").get("protocolFiles").propertyNames()).containsExactly("guest", "host");
    }

    @Test
    void filesAreUtf8WithTwoSpacesNewlinesAndAFinalNewline() {
        JsonFileEditions.open(folder).save(FullEdition.edition(), 0);
        byte[] content = bytes(file());
        String text = new String(content, StandardCharsets.UTF_8);

        assertThat(content[content.length - 1]).isEqualTo((byte) '\n');
        assertThat(content[content.length - 2]).isEqualTo((byte) '}');
        assertThat(text).doesNotContain("\r").doesNotContain("\t").doesNotContain("\\u")
                .contains("\"fr\": \"Semaine du Numérique\"", "\"bm\": \"Dijitali dɔgɔkun\"")
                .contains("\"notes\": \"Arrivée 8 h 30.\\nPlace d'honneur.\"")
                .startsWith("{\n  \"format\": \"digitalweek-store\",\n  \"formatVersion\": 2,\n");
        assertThat(text).contains("\"contacts\": [],", "\"summary\": {},");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length() - line.stripLeading().length())
                .isEven());
    }

    private Path file() {
        return folder.resolve(FULL.value() + ".json");
    }

    private List<String> lines() {
        return text(file()).lines().toList();
    }

    /** The lines of {@code after} that differ from {@code before}, which must have as many lines. */
    private static List<String> changedLines(List<String> before, List<String> after) {
        assertThat(after).hasSameSizeAs(before);
        List<String> changed = new ArrayList<>();
        IntStream.range(0, after.size()).filter(i -> !after.get(i).equals(before.get(i)))
                .forEach(i -> changed.add(after.get(i)));
        return changed;
    }

    private static int firstDifference(List<String> before, List<String> after) {
        return IntStream.range(0, after.size()).filter(i -> !after.get(i).equals(before.get(i))).findFirst()
                .orElseThrow();
    }

    private static int lineOf(List<String> lines, String text) {
        return IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(text)).findFirst().orElseThrow();
    }

    /** The model's component names, with {@code provenance} stored as {@code illustrativeNote}. */
    private static List<String> modelOrder(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .map(name -> name.equals("provenance") ? "illustrativeNote" : name).toList();
    }
}
