package org.digitalweek.event.domain.draft;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Every id of an edition draft is unique where it must be, and every reference (a session's room,
 * track and participants, a statement's speaker, an official's or a participation's ministry)
 * names something the draft has; no session lists a language twice. Each problem is reported at
 * the referring property ({@code sessions[2].room}).
 */
@Documented
@Constraint(validatedBy = DraftCheckers.EditionReferencesResolve.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ResolvableReferences {
    /** @return the message template (each problem carries its own) */
    String message() default "{org.digitalweek.event.ResolvableReferences.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
