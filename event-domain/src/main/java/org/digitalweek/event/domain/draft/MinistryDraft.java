package org.digitalweek.event.domain.draft;

import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.CountryCode;
import org.digitalweek.event.domain.validation.Identifier;
import org.digitalweek.event.domain.validation.Localized;
import org.digitalweek.event.domain.validation.PlainText;

/**
 * A ministry or public body as input.
 *
 * @param id               the ministry id
 * @param country          the ISO code of its country
 * @param name             its full official name per language
 * @param acronym          its acronym, if any
 * @param illustrativeNote present when the ministry is illustrative
 */
public record MinistryDraft(@NotNull @Identifier String id, @NotNull @CountryCode String country,
                            @NotEmpty @Localized Map<String, String> name, @PlainText String acronym,
                            @Localized Map<String, String> illustrativeNote) {
}
