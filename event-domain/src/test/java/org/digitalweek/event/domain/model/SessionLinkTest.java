package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.InvariantViolationException;

class SessionLinkTest {

    @Test
    void aLinkKeepsItsAddressTitleAndKind() {
        SessionLink link = new SessionLink(URI.create("https://live.example.ml/snm"), LocalizedText.frEn("Direct",
                "Live"), LinkKind.LIVESTREAM);

        assertThat(link.url()).hasHost("live.example.ml");
        assertThat(link.title().resolve("en")).isEqualTo("Live");
        assertThat(link.kind()).isEqualTo(LinkKind.LIVESTREAM);
    }

    @Test
    void anAddressOutsideTheRuleIsRefused() {
        assertThatThrownBy(() -> new SessionLink(URI.create("javascript:alert(1)"), LocalizedText.EMPTY,
                LinkKind.OTHER)).isInstanceOf(InvariantViolationException.class)
                .hasMessageContaining("javascript:alert(1)");
        assertThatThrownBy(() -> new SessionLink(URI.create("slides.pdf"), LocalizedText.EMPTY, LinkKind.SLIDES))
                .isInstanceOf(InvariantViolationException.class);
    }

    @Test
    void noPartMayBeMissing() {
        URI url = URI.create("https://example.org");
        assertThatThrownBy(() -> new SessionLink(null, LocalizedText.EMPTY, LinkKind.OTHER))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SessionLink(url, null, LinkKind.OTHER)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SessionLink(url, LocalizedText.EMPTY, null))
                .isInstanceOf(NullPointerException.class);
    }
}
