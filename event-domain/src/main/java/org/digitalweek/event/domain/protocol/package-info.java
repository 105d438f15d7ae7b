/**
 * State protocol in a session: who speaks in which order and who sits where, from the officials'
 * precedence and the authority they represent. See {@link org.digitalweek.event.domain.protocol.ProtocolOrder}.
 */
package org.digitalweek.event.domain.protocol;
