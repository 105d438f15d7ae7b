/**
 * A driving adapter that does not exist yet, planted in test sources only: the rules over driving
 * adapters cover it without being told its package.
 */
package org.digitalweek.event.http.planted;
