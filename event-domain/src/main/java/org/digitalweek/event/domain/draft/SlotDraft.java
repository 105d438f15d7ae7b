package org.digitalweek.event.domain.draft;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;


/**
 * A time slot as input, in the edition's time zone.
 *
 * @param start when it starts
 * @param end   when it ends; after the start
 */
@EndsAfterStart
public record SlotDraft(@NotNull LocalDateTime start, @NotNull LocalDateTime end) {
}
