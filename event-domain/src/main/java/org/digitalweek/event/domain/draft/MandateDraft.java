package org.digitalweek.event.domain.draft;

import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.digitalweek.event.domain.validation.Localized;

/**
 * The authority a participant acts for, as input.
 *
 * @param authority  the office per language
 * @param precedence its protocol rank
 */
public record MandateDraft(@NotEmpty @Localized Map<String, String> authority, @NotNull @Positive Integer precedence) {
}
