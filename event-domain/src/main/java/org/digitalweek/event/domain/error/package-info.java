/**
 * The errors the domain reports, each naming the input, the place and the rule, with a French and an
 * English message ({@link org.digitalweek.event.domain.error.DomainException#getMessage(String)}).
 */
package org.digitalweek.event.domain.error;
