package org.digitalweek.event.domain.draft;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Localized;

/**
 * A theme as input.
 *
 * @param title       the theme per language
 * @param description a longer text per language; may be absent
 * @param tracks      its tracks; may be absent
 */
public record ThemeDraft(@NotEmpty @Localized Map<String, String> title, @Localized Map<String, String> description,
                         List<@NotNull @Valid TrackDraft> tracks) {
}
