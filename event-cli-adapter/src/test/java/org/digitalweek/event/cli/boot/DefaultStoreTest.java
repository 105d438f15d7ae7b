package org.digitalweek.event.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** One rule: only the implicit default store receives the sample editions; a store the user names starts empty. */
class DefaultStoreTest {

    @Test
    void withoutTheVariableTheStoreIsTheImplicitDefaultInTheHomeFolderAndReceivesTheSample() {
        DefaultStore store = DefaultStore.of(Map.of(), "/home/awa");

        assertThat(store.uri()).isEqualTo("file:" + Path.of("/home/awa", ".digitalweek", "store"));
        assertThat(store.receivesSample()).isTrue();
        assertThat(DefaultStore.of(Map.of("DIGITALWEEK_STORE", "  "), "/home/awa")).isEqualTo(store);
    }

    @Test
    void aStoreNamedByTheVariableStartsEmpty() {
        DefaultStore store = DefaultStore.of(Map.of("DIGITALWEEK_STORE", "jdbc:sqlite:week.db"), "/home/awa");

        assertThat(store).isEqualTo(new DefaultStore("jdbc:sqlite:week.db", false));
    }
}
