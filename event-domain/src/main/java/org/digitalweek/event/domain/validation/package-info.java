/**
 * Input validation: {@link org.digitalweek.event.domain.validation.InputValidator} over an injected
 * Jakarta {@code ValidatorFactory}, and the format constraints of ids, language tags, countries and
 * time zones.
 */
package org.digitalweek.event.domain.validation;
