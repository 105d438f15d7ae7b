package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://fahrplan.events.ccc.de/congress/2014/Fahrplan/events/6258.html",
            "http://example.ml", "HTTPS://Example.ML/a?b=c&d=%20#x", "https://[2001:db8::1]:8443/live"})
    void absoluteHttpAndHttpsAddressesWithAHostAreAccepted(String text) {
        assertThat(WebAddresses.parse(text)).contains(URI.create(text));
        assertThat(WebAddresses.isValid(URI.create(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"events/6258.html", "/events/6258.html", "//example.org/x", "javascript:alert(1)",
            "ftp://example.org/file.pdf", "mailto:a@example.org", "data:text/html,x", "file:///etc/passwd",
            "https://example.org/a b", " https://example.org", "https://example.org/\u0000", "https:///path",
            "https:", "http://", "", "https://exa mple.org"})
    void relativeOtherSchemesSpacesAndNoHostAreRefused(String text) {
        assertThat(WebAddresses.parse(text)).isEmpty();
    }

    @Test
    void anAddressOfTheLongestLengthIsAcceptedAndOneMoreCharacterRefused() {
        String prefix = "https://example.org/";
        String longest = prefix + "a".repeat(WebAddresses.LONGEST - prefix.length());

        assertThat(longest).hasSize(2000);
        assertThat(WebAddresses.parse(longest)).isPresent();
        assertThat(WebAddresses.parse(longest + "a")).isEmpty();
        assertThat(WebAddresses.isValid(URI.create(longest + "a"))).isFalse();
    }

    @Test
    void nullAndOpaqueAddressesAreNotValid() {
        assertThat(WebAddresses.parse(null)).isEmpty();
        assertThat(WebAddresses.isValid(null)).isFalse();
        assertThat(WebAddresses.isValid(URI.create("http:opaque"))).isFalse();
    }
}
