package org.digitalweek.event.domain.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The date's year has four digits, 0001 to 9999: the years every format of the library writes
 * (ISO 8601 without expansion, RFC 3339, iCalendar, SQL) and in which the programme rules' date
 * arithmetic cannot overflow. Null is valid. Applies to {@code LocalDate} and {@code LocalDateTime}.
 */
@Documented
@Constraint(validatedBy = {FormatCheckers.FourDigitYearOfDate.class, FormatCheckers.FourDigitYearOfDateTime.class})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FourDigitYear {
    /** The first year allowed. */
    int FIRST = 1;
    /** The last year allowed. */
    int LAST = 9999;

    /** @return the message template */
    String message() default "{org.digitalweek.event.FourDigitYear.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
