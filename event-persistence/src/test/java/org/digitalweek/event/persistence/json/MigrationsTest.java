package org.digitalweek.event.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitalweek.event.persistence.json.StoreFixtures.bytes;
import static org.digitalweek.event.persistence.json.StoreFixtures.week;
import static org.digitalweek.event.persistence.json.StoreFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.UnreadableDocumentException;

/** Files of older format versions are upgraded step by step as they are read; newer ones are refused. */
class MigrationsTest {

    @TempDir
    Path folder;

    @Test
    void aFileOfTheCurrentVersionIsReadAsItIs() {
        ObjectNode file = tree("{\"format\": \"digitalweek-store\", \"formatVersion\": 2, \"x\": 1}");

        assertThat(Migrations.standard().upgrade(file.deepCopy(), 2)).isEqualTo(file);
        assertThat(Migrations.standard().current()).isEqualTo(Migrations.CURRENT).isEqualTo(2);
    }

    @Test
    void aVersion1FileReadsAsVersion2WithNoSourcesPagesOrLinks() {
        Edition saved = JsonFileEditions.open(folder).save(week(), 0);
        Path file = folder.resolve("test-week-2027.json");
        String current = new String(bytes(file), StandardCharsets.UTF_8);
        byte[] version1 = current.replace("\"formatVersion\": 2,", "\"formatVersion\": 1,")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(current).contains("\"formatVersion\": 2,").doesNotContain("\"source\"")
                .doesNotContain("\"links\"").doesNotContain("\"url\"");
        assertThat(new StoreFileReader(Migrations.standard()).edition(file.toString(), version1, saved.id())
                .edition()).isEqualTo(saved);
        assertThat(Migrations.standard().upgrade(tree("{\"formatVersion\": 1, \"x\": 1}"), 1))
                .isEqualTo(tree("{\"formatVersion\": 2, \"x\": 1}"));
    }

    @Test
    void aLibraryThatReadsOnlyVersion1RefusesAVersion2File() {
        Migrations version1 = new Migrations(1, List.of());

        assertThatThrownBy(() -> version1.upgrade(tree("{\"formatVersion\": 2}"), 2))
                .isInstanceOfSatisfying(DocumentProblem.class, p ->
                        assertThat(p.ruleEn()).isEqualTo("format version 2 is newer than this library reads (1)"));
    }

    @Test
    void anOlderFileGoesThroughEachStepInTurn() {
        Migrations chain = new Migrations(3, List.of(
                step(2, f -> f.put("third", f.get("second").asInt() + 1)),
                step(1, f -> f.set("second", f.remove("first")))));

        ObjectNode upgraded = chain.upgrade(tree("{\"formatVersion\": 1, \"first\": 1}"), 1);

        assertThat(upgraded).isEqualTo(tree("{\"formatVersion\": 3, \"second\": 1, \"third\": 2}"));
        assertThat(chain.upgrade(tree("{\"formatVersion\": 2, \"second\": 5}"), 2).get("third").asInt()).isEqualTo(6);
    }

    @Test
    void aNewerOrImpossibleVersionIsRefusedAtFormatVersion() {
        Migrations chain = new Migrations(2, List.of(step(1, f -> { })));

        assertThatThrownBy(() -> chain.upgrade(tree("{\"formatVersion\": 3}"), 3))
                .isInstanceOfSatisfying(DocumentProblem.class, p -> {
                    assertThat(p.pointer()).isEqualTo("/formatVersion");
                    assertThat(p.ruleEn()).isEqualTo("format version 3 is newer than this library reads (2)");
                });
        assertThatThrownBy(() -> chain.upgrade(tree("{\"formatVersion\": -1}"), -1))
                .isInstanceOfSatisfying(DocumentProblem.class, p ->
                        assertThat(p.ruleEn()).isEqualTo("format version -1 does not exist: versions start at 1"));
    }

    @Test
    void aChainMustHaveOneStepFromEachOlderVersion() {
        assertThatThrownBy(() -> new Migrations(3, List.of(step(1, f -> { }))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from each version");
        assertThatThrownBy(() -> new Migrations(2, List.of(step(1, f -> { }), step(1, f -> { }))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from version 1");
        assertThatThrownBy(() -> new Migrations(2, List.of(step(2, f -> { }))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The whole path, with a made-up history: suppose version 1 called the release count
     * {@code releases}, and version 2 (today's records) renamed it {@code releaseCount}.
     */
    @Test
    void aStoredFileOfAMadeUpOlderVersionIsReadThroughItsStep() {
        Edition saved = JsonFileEditions.open(folder).save(week(), 0);
        Path file = folder.resolve("test-week-2027.json");
        byte[] olderFile = new String(bytes(file), StandardCharsets.UTF_8)
                .replace("\"formatVersion\": " + Migrations.CURRENT + ",", "\"formatVersion\": 1,")
                .replace("\"releaseCount\": 0,", "\"releases\": 0,").getBytes(StandardCharsets.UTF_8);
        Migrations history = new Migrations(2, List.of(step(1, f -> f.set("releaseCount", f.remove("releases")))));

        StoredEdition read = new StoreFileReader(history).edition(file.toString(), olderFile, saved.id());

        assertThat(read.edition()).isEqualTo(saved);
        assertThat(read.releaseCount()).isZero();
        assertThatThrownBy(() -> new StoreFileReader(Migrations.standard()).edition(file.toString(), olderFile,
                saved.id())).isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("\"releases\"");
    }

    /** Version 2 lets the host city and country be absent; every file of version 1 has them and reads as it is. */
    @Test
    void aFileOfVersion1ReadsAsItIsAndIsWrittenBackAsVersion2() {
        Edition saved = JsonFileEditions.open(folder).save(week(), 0);
        Path file = folder.resolve("test-week-2027.json");
        String current = new String(bytes(file), StandardCharsets.UTF_8);
        assertThat(current).contains("\"formatVersion\": 2,", "\"hostCity\": ", "\"hostCountry\": ");
        write(file, current.replace("\"formatVersion\": 2,", "\"formatVersion\": 1,")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(JsonFileEditions.open(folder).load(saved.id())).contains(saved);
        JsonFileEditions.open(folder).save(saved, 1);
        assertThat(new String(bytes(file), StandardCharsets.UTF_8)).contains("\"formatVersion\": 2,");
    }

    private static ObjectNode tree(String json) {
        JsonNode node = StoreJson.mapper().readTree(json);
        return (ObjectNode) node;
    }

    private static Migration step(int from, Consumer<ObjectNode> change) {
        return new Migration() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public void upgrade(ObjectNode file) {
                change.accept(file);
            }
        };
    }
}
