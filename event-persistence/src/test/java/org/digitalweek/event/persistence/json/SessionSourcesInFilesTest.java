package org.digitalweek.event.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.persistence.json.StoreFixtures.text;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.fixtures.FullEdition;

/** A session's source identity, page and links are stored in version 2 files, and left out when it has none. */
class SessionSourcesInFilesTest {

    @TempDir
    Path folder;

    @Test
    void sourcePageAndLinksAreStoredWhereTheSessionHasThemAndReadBack() {
        JsonFileEditions store = JsonFileEditions.open(folder);
        Edition saved = store.save(FullEdition.edition(), 0);
        JsonNode sessions = StoreJson.mapper().readTree(text(folder.resolve(FullEdition.ID + ".json")))
                .get("edition").get("sessions");

        JsonNode opening = sessions.get(0);
        assertThat(opening.get("source").propertyNames()).containsExactly("guid", "id", "slug", "kind");
        assertThat(opening.get("source").get("kind").asString()).isEqualTo("Cérémonie d'ouverture");
        assertThat(opening.get("url").asString()).isEqualTo("https://snm.example.ml/2026/programme/lancement?lang=fr&amp=1");
        assertThat(opening.get("links")).hasSize(2);
        assertThat(opening.get("links").get(0).propertyNames()).containsExactly("url", "title", "kind");
        assertThat(opening.get("links").get(0).get("kind").asString()).isEqualTo("LIVESTREAM");
        assertThat(opening.get("links").get(1).propertyNames()).as("no title").containsExactly("url", "kind");
        assertThat(sessions.get(1).get("source").propertyNames()).containsExactly("guid");
        assertThat(sessions.get(2).has("source") || sessions.get(2).has("url") || sessions.get(2).has("links"))
                .as("a session created here").isFalse();
        assertThat(JsonFileEditions.open(folder).load(saved.id())).contains(saved);
    }
}
