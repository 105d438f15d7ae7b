package org.digitalweek.event.domain.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The string is a well-formed BCP 47 language tag ({@code fr}, {@code en}, {@code bm}, {@code fr-ML}); null is valid. */
@Documented
@Constraint(validatedBy = FormatCheckers.LanguageTagChecker.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {
    /** @return the message template */
    String message() default "{org.digitalweek.event.LanguageTag.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
