package org.digitalweek.event.cli.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.digitalweek.event.cli.text.OptionValues;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.rules.Rule;
import org.digitalweek.event.domain.rules.Severity;

/**
 * The published schemas list exactly the codes the writers give the model's vocabularies, so that a
 * new session type or rule cannot reach a script's document without its schema knowing it.
 */
class SchemaVocabularyTest {

    private static final Path SCHEMAS = Path.of("..", "docs", "schema", "cli");

    private static JsonNode schema(String command) {
        return JsonMapper.builder().build().readTree(SCHEMAS.resolve(command + ".schema.json").toFile());
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static List<String> codes(Enum<?>[] constants) {
        return Arrays.stream(constants).map(OptionValues::of).toList();
    }

    @Test
    void everyEnumOfTheSchemasIsTheModelsVocabularyAsCodes() {
        JsonNode programme = schema("programme").get("$defs");
        assertThat(strings(programme.get("session").get("properties").get("type").get("enum")))
                .isEqualTo(codes(SessionType.values()));
        assertThat(strings(programme.get("session").get("properties").get("status").get("enum")))
                .isEqualTo(codes(SessionStatus.values()));
        assertThat(strings(programme.get("participant").get("properties").get("role").get("enum")))
                .isEqualTo(codes(ParticipantRole.values()));
        assertThat(strings(schema("editions").get("properties").get("editions").get("items").get("properties")
                .get("status").get("enum"))).isEqualTo(codes(EditionStatus.values()));
        JsonNode finding = schema("check").get("$defs").get("finding").get("properties");
        assertThat(strings(finding.get("rule").get("enum")))
                .isEqualTo(Arrays.stream(Rule.values()).map(Rule::code).toList());
        assertThat(strings(finding.get("severity").get("enum")))
                .isEqualTo(Arrays.stream(Severity.values()).map(CheckJson::severity).toList());
        assertThat(strings(schema("stats").get("properties").get("total").get("properties").get("sessionsByType")
                .get("propertyNames").get("enum"))).isEqualTo(codes(SessionType.values()));
    }
}
