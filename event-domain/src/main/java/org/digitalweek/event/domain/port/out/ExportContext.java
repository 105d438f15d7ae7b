package org.digitalweek.event.domain.port.out;

import java.time.Clock;
import java.util.Objects;

import org.digitalweek.event.domain.model.LanguageTags;

/**
 * What an exporter may use besides the edition: the only source of time, so that the same edition
 * always gives the same bytes, and the language of texts that have no language of their own.
 *
 * @param clock    the clock; exporters read the time from it only
 * @param language the BCP 47 tag of the preferred language
 */
public record ExportContext(Clock clock, String language) {

    /** Checks that no part is missing and canonicalizes the tag. */
    public ExportContext {
        Objects.requireNonNull(clock, "'clock' must not be null");
        language = LanguageTags.canonical(language).orElse(LanguageTags.FRENCH);
    }
}
