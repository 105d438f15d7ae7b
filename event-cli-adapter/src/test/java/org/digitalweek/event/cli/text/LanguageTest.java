package org.digitalweek.event.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The language the environment asks for, read as POSIX tools read it. */
class LanguageTest {

    @Test
    void theFirstOfLcAllLcMessagesAndLangThatIsSetSpeaks() {
        assertThat(Language.tagOf(Map.of("LANG", "en_US.UTF-8"))).contains("en-US");
        assertThat(Language.tagOf(Map.of("LC_MESSAGES", "en_GB", "LANG", "fr_FR.UTF-8"))).contains("en-GB");
        assertThat(Language.tagOf(Map.of("LC_ALL", "fr_ML.UTF-8@latin", "LC_MESSAGES", "en_GB"))).contains("fr-ML");
        assertThat(Language.tagOf(Map.of("LC_ALL", "", "LC_MESSAGES", " ", "LANG", "en"))).contains("en");
    }

    @Test
    void thePosixLocaleAndNoLocaleAskForNoLanguage() {
        assertThat(Language.tagOf(Map.of())).isEmpty();
        assertThat(Language.tagOf(Map.of("LANG", "C"))).isEmpty();
        assertThat(Language.tagOf(Map.of("LC_ALL", "C.UTF-8", "LANG", "en_US.UTF-8"))).isEmpty();
        assertThat(Language.tagOf(Map.of("LANG", "POSIX"))).isEmpty();
    }

    @Test
    void theTagGoesThroughTheOnePolicy() {
        assertThat(Language.of(Language.tagOf(Map.of("LANG", "en_US.UTF-8")).orElseThrow())).isEqualTo(Language.EN);
        assertThat(Language.of(Language.tagOf(Map.of("LANG", "de_DE.UTF-8")).orElseThrow())).isEqualTo(Language.FR);
        assertThat(Language.of(Language.tagOf(Map.of("LANG", "bm_ML")).orElseThrow())).isEqualTo(Language.FR);
    }
}
