package org.digitalweek.event.domain.draft;

import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.CountryCode;
import org.digitalweek.event.domain.validation.Identifier;
import org.digitalweek.event.domain.validation.Localized;

/**
 * A series as input.
 *
 * @param id          the series id
 * @param hostCountry the ISO 3166-1 alpha-2 code of its country; absent (null) when not given
 * @param name        its name per language
 */
public record SeriesDraft(@NotNull @Identifier String id, @CountryCode String hostCountry,
                          @NotEmpty @Localized Map<String, String> name) {
}
