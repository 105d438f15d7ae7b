/**
 * Languages: BCP 47 tags and the one policy, {@link org.digitalweek.event.domain.language.ReaderLanguage},
 * that decides in which language a person reads every text of the library. It depends on no other
 * package of the domain, so that the model, the errors, the rules and every adapter can use it.
 */
package org.digitalweek.event.domain.language;
