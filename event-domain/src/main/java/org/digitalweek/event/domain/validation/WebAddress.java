package org.digitalweek.event.domain.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The value is a web address that follows {@link org.digitalweek.event.domain.model.WebAddresses}: absolute {@code http} or {@code https}, with a host; null is valid. */
@Documented
@Constraint(validatedBy = FormatCheckers.WebAddressChecker.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {
    /** @return the message template */
    String message() default "{org.digitalweek.event.WebAddress.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
