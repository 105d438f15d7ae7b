package org.digitalweek.event.domain.draft;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;

import org.digitalweek.event.domain.validation.FourDigitYear;


/**
 * A time slot as input, in the edition's time zone.
 *
 * @param start when it starts; in the years 0001 to 9999, as the end
 * @param end   when it ends; after the start
 */
@EndsAfterStart
public record SlotDraft(@NotNull @FourDigitYear LocalDateTime start, @NotNull @FourDigitYear LocalDateTime end) {
}
