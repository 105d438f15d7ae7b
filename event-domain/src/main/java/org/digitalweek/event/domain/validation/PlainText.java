package org.digitalweek.event.domain.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The value is text a person could have typed: no control character other than tab, line feed and
 * carriage return, no lone surrogate and no U+FFFE or U+FFFF. XML cannot carry those characters,
 * and in a page, a calendar or a spreadsheet they hide or rewrite what the reader sees. Null is valid.
 * {@link Localized} applies the same rule to each of its texts.
 */
@Documented
@Constraint(validatedBy = FormatCheckers.PlainTextChecker.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {
    /** @return the message template */
    String message() default "{org.digitalweek.event.PlainText.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
