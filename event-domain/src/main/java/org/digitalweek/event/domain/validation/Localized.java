package org.digitalweek.event.domain.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The value is a map from well-formed BCP 47 tags, each language once ({@code fr} and {@code FR} are one), to texts that are not blank and are {@link PlainText}; null is valid. */
@Documented
@Constraint(validatedBy = FormatCheckers.LocalizedChecker.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Localized {
    /** @return the message template */
    String message() default "{org.digitalweek.event.Localized.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
