package org.digitalweek.event.domain.port.out;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.digitalweek.event.domain.language.LanguageTags;
import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;

/**
 * What an exporter may use besides the edition: the only source of time, so that the same edition
 * always gives the same bytes, and the language a person asked for. An exporter never decides the
 * language itself: it asks {@link #readerLanguage(PublicEdition)}, the one policy's answer.
 *
 * @param clock     the clock; exporters read the time from it only
 * @param requested the canonical BCP 47 tag asked for, or empty for the edition's own language
 * @param selection when the edition handed over holds only some of its sessions (those of a person,
 *                  room or track), the words that name them, for a document's title (a calendar's
 *                  name); empty for the whole programme
 */
public record ExportContext(Clock clock, Optional<String> requested, Optional<LocalizedText> selection) {

    /** Checks that no part is missing and canonicalizes the tag. */
    public ExportContext {
        Objects.requireNonNull(clock, "'clock' must not be null");
        Objects.requireNonNull(requested, "'requested' must not be null");
        Objects.requireNonNull(selection, "'selection' must not be null");
        requested = requested.flatMap(LanguageTags::canonical);
    }

    /**
     * The context of an export of the whole programme.
     *
     * @param clock     the clock; exporters read the time from it only
     * @param requested the canonical BCP 47 tag asked for, or empty for the edition's own language
     */
    public ExportContext(Clock clock, Optional<String> requested) {
        this(clock, requested, Optional.empty());
    }

    /**
     * @param clock    the clock; exporters read the time from it only
     * @param language the BCP 47 tag asked for; null, blank or not well-formed for the edition's own language
     */
    public ExportContext(Clock clock, String language) {
        this(clock, Optional.ofNullable(language));
    }

    /**
     * @param edition the edition being exported
     * @return the language of its texts and of the format's own words, as the policy decides it
     */
    public ReaderLanguage readerLanguage(PublicEdition edition) {
        return ReaderLanguage.of(requested.orElse(null), edition.defaultLanguage());
    }
}
