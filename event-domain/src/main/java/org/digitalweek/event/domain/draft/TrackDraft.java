package org.digitalweek.event.domain.draft;

import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.Identifier;
import org.digitalweek.event.domain.validation.Localized;

/**
 * A track as input.
 *
 * @param id   the track id
 * @param name its name per language
 */
public record TrackDraft(@NotNull @Identifier String id, @NotEmpty @Localized Map<String, String> name) {
}
