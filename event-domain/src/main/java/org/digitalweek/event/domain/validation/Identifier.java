package org.digitalweek.event.domain.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The value is a well-formed id: letters, digits and {@code . _ : -}, first a letter or digit, at most 128 characters; null is valid. */
@Documented
@Constraint(validatedBy = FormatCheckers.IdentifierChecker.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Identifier {
    /** @return the message template */
    String message() default "{org.digitalweek.event.Identifier.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
