package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.digitalweek.event.domain.model.LinkKind;

/** What a link leads to, from its type or its title, both ways, so that a round trip keeps each kind. */
class LinkWordsTest {

    @ParameterizedTest
    @CsvSource({"Video recording (mp4), RECORDING", "VIDEO (temp link), RECORDING", "Slides, SLIDES",
            "Live stream, LIVESTREAM", "Livestream, LIVESTREAM", "Registration, REGISTRATION",
            "Submit feedback, OTHER", "Upstream project, OTHER", "'', OTHER"})
    void aLinkWithoutATypeIsWhatItsTitleSays(String title, LinkKind kind) {
        assertThat(LinkWords.ofXml(null, title)).isEqualTo(kind);
        assertThat(LinkWords.ofJson(null, title)).isEqualTo(kind);
    }

    @ParameterizedTest
    @EnumSource(LinkKind.class)
    void everyKindWrittenInXmlReadsBackWhateverTheTitle(LinkKind kind) {
        assertThat(LinkWords.ofXml(LinkWords.xml(kind), "Video recording")).isEqualTo(kind);
    }

    @Test
    void theJsonTypesWinOverTheTitleAndTheOthersGoByIt() {
        assertThat(LinkWords.ofJson("slides", "Video recording")).isEqualTo(LinkKind.SLIDES);
        assertThat(LinkWords.ofJson("MEDIA", "Slides")).isEqualTo(LinkKind.RECORDING);
        assertThat(LinkWords.ofJson("FEEDBACK", "Slides")).as("no kind of its own: by the title").isEqualTo(
                LinkKind.SLIDES);
        assertThat(LinkWords.json(LinkKind.SLIDES)).contains("slides");
        assertThat(LinkWords.json(LinkKind.RECORDING)).contains("media");
        assertThat(LinkWords.json(LinkKind.LIVESTREAM)).isEmpty();
    }
}
