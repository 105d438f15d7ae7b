package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.digitalweek.event.domain.port.in.FormatDescription;
import org.junit.jupiter.api.Test;

/** The choice an {@code Accept} header makes among the edition's representations. */
class NegotiationTest {

    private static final List<FormatDescription> FORMATS = List.of(
            new FormatDescription("csv", "text/csv", true, true),
            new FormatDescription("csv-excel", "text/csv", true, false),
            new FormatDescription("frab-json", "application/json", true, true),
            new FormatDescription("html", "text/html", true, false),
            new FormatDescription("ics", "text/calendar", true, true),
            new FormatDescription("jsonld", "application/ld+json", true, false),
            new FormatDescription("communique", "text/plain; charset=utf-8", true, false),
            new FormatDescription("xcal", "application/xcal+xml", false, true));

    private static String choose(String accept) {
        return Negotiation.choose(accept, FORMATS).orElse("406");
    }

    @Test
    void no_header_or_any_type_gives_the_canonical_json() {
        assertThat(choose(null)).isEqualTo(Negotiation.JSON);
        assertThat(choose("")).isEqualTo(Negotiation.JSON);
        assertThat(choose("*/*")).isEqualTo(Negotiation.JSON);
        assertThat(choose("application/json")).isEqualTo(Negotiation.JSON);
    }

    @Test
    void an_exact_media_type_names_its_format_and_the_first_format_of_a_shared_type_wins() {
        assertThat(choose("text/calendar")).isEqualTo("ics");
        assertThat(choose("application/ld+json")).isEqualTo("jsonld");
        assertThat(choose("text/csv")).isEqualTo("csv");
        assertThat(choose("TEXT/Plain")).isEqualTo("communique");
    }

    @Test
    void the_highest_weight_wins_then_the_order_the_client_gave() {
        assertThat(choose("text/calendar;q=0.4, text/html;q=0.6")).isEqualTo("html");
        assertThat(choose("text/html, text/calendar")).isEqualTo("html");
        assertThat(choose("text/calendar, text/html")).isEqualTo("ics");
        assertThat(choose("text/*;q=0.5, application/ld+json;q=0.4")).isEqualTo("csv");
    }

    @Test
    void the_most_specific_range_decides_a_type_weight_even_when_zero() {
        assertThat(choose("text/calendar;q=0, text/*")).isEqualTo("csv");
        assertThat(choose("application/json;q=0, */*;q=0.1")).isEqualTo("csv");
        assertThat(choose("text/*;q=0, */*;q=0.2")).isEqualTo(Negotiation.JSON);
    }

    @Test
    void nothing_acceptable_is_empty() {
        assertThat(choose("image/png")).isEqualTo("406");
        assertThat(choose("application/xcal+xml")).as("import only").isEqualTo("406");
        assertThat(choose("*/*;q=0")).isEqualTo("406");
        assertThat(choose("text/calendar;q=abc")).isEqualTo("406");
        assertThat(choose("nonsense, ;;, /")).isEqualTo("406");
    }
}
