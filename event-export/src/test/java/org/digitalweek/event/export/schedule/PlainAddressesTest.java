package org.digitalweek.event.export.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.digitalweek.event.domain.model.WebAddresses;

/**
 * The shortcut for plain addresses never disagrees with the rule: what it takes, {@link WebAddresses}
 * takes as written; it takes the plain addresses of FOSDEM's links, and leaves the odd ones to the rule.
 */
class PlainAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://video.fosdem.org/2021/K.fosdem/keynotes_welcome.mp4",
            "https://submission.fosdem.org/feedback/11795.php", "http://example.org", "https://fuss.bz.it",
            "https://a.b/c?d=e&f=g%20h", "https://x-1.example.org/~user/(a)!*'$,;:@+=/?q?r",
            "http://localhost/", "https://1x.example.org/"})
    void plainAddressesAreTakenAsTheRuleTakesThem(String address) {
        assertThat(PlainAddresses.isPlain(address)).isTrue();
        assertThat(WebAddresses.parse(address).map(URI::toString)).contains(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ftp://example.org/", "HTTPS://example.org/", "https://", "https:///x",
            "https://1.2.3.4/", "https://example.org:8080/", "https://user@example.org/", "https://-a.org/",
            "https://a-.org/", "https://a..org/", "https://example.org./", "https://example.1/",
            "https://example.org/a b", "https://example.org/%zz", "https://example.org/%2", "https://example.org#top",
            "https://example.org/[x]", "https://exämple.org/", "https://example.org/é", "https://example.org\\x",
            "events/6258.html", "//example.org/x"})
    void otherAddressesAreLeftToTheRule(String address) {
        assertThat(PlainAddresses.isPlain(address)).isFalse();
    }

    @Property(tries = 3000)
    void whatTheShortcutTakesTheRuleTakesAsWritten(@ForAll("candidates") String address) {
        Optional<String> ruled = WebAddresses.parse(address).map(URI::toString);
        if (PlainAddresses.isPlain(address)) {
            assertThat(ruled).contains(address);
        }
    }

    @Property(tries = 300)
    void aLongAddressIsLeftToTheRule(@ForAll("candidates") String address) {
        String tooLong = "https://example.org/" + "a".repeat(WebAddresses.LONGEST) + address;
        assertThat(PlainAddresses.isPlain(tooLong)).isFalse();
    }

    /** Addresses made of pieces that each could break one part of the rule. */
    @Provide
    Arbitrary<String> candidates() {
        Arbitrary<String> scheme = Arbitraries.of("http://", "https://", "HTTP://", "ftp://", "https:/", "");
        Arbitrary<String> host = Arbitraries.strings().withChars("ab1-.:@[]").ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> rest = Arbitraries.strings().withChars("/?#%aF9 -_.!~*'();:@&=+$,[]é\\\"<>{}|^`")
                .ofMinLength(0).ofMaxLength(12);
        return Combinators.combine(scheme, host, rest).as((s, h, r) -> s + h + r);
    }
}
