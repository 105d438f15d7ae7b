package org.digitalweek.event.domain.draft;

import java.util.Map;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.digitalweek.event.domain.validation.Identifier;
import org.digitalweek.event.domain.validation.Localized;

/**
 * A room as input.
 *
 * @param id               the room id, unique in the edition
 * @param name             its name per language
 * @param capacity         seats, if known
 * @param sharedSpace      whether sessions may share it; absent means no
 * @param illustrativeNote present when the room is illustrative: what is invented
 */
public record RoomDraft(@NotNull @Identifier String id, @NotEmpty @Localized Map<String, String> name,
                        @PositiveOrZero Integer capacity, Boolean sharedSpace,
                        @Localized Map<String, String> illustrativeNote) {
}
