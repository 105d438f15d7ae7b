package org.digitalweek.event.domain.draft;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A slot ends after it starts; an edition's last day is not before its first. The violation is
 * reported on the end ({@code sessions[3].slot.end}, {@code endDate}).
 */
@Documented
@Constraint(validatedBy = {DraftCheckers.SlotEndsAfterStart.class, DraftCheckers.EditionEndsAfterStart.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EndsAfterStart {
    /** @return the message template */
    String message() default "{org.digitalweek.event.EndsAfterStart.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
