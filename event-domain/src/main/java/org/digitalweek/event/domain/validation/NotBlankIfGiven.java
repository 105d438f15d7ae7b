package org.digitalweek.event.domain.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The value may be absent (null: not given, as a schedule's host city may be), but when it is given
 * it is not blank: a blank city would be printed as if it were one.
 */
@Documented
@Constraint(validatedBy = FormatCheckers.NotBlankIfGivenChecker.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBlankIfGiven {
    /** @return the message template */
    String message() default "{org.digitalweek.event.NotBlankIfGiven.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
