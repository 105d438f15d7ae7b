/**
 * The aggregate root, {@link org.digitalweek.event.domain.edition.Edition}, which storage saves whole:
 * the public view plus the protocol office's internal records (contacts, notes), which no export sees.
 */
package org.digitalweek.event.domain.edition;
