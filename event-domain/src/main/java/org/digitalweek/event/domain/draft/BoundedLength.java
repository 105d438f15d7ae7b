package org.digitalweek.event.domain.draft;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import org.digitalweek.event.domain.model.DateRange;

/**
 * An edition lasts at most {@value #EDITION_DAYS} days, and none of its sessions lasts longer than
 * the edition: a government week, even its exhibition, is not a decade. Without this bound one
 * all-day event from 0001-01-01 to 9999-12-31 made an edition whose exports wrote gigabytes, a day
 * at a time. A session may still fall outside the edition's days (the programme check says so,
 * {@code outside-edition-dates}); the exporters show it on its first day, and on the edition's days
 * only after that. The violation is reported on the end ({@code endDate}, {@code sessions[3].slot.end}).
 */
@Documented
@Constraint(validatedBy = DraftCheckers.LengthIsBounded.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BoundedLength {
    /** The most days an edition may last, both ends included: {@link DateRange#MAX_DAYS}. */
    int EDITION_DAYS = DateRange.MAX_DAYS;

    /** @return the message template of an edition too long; a session too long has its own */
    String message() default "{org.digitalweek.event.BoundedLength.edition}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
