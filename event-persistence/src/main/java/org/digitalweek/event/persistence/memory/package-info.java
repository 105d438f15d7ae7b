/**
 * The in-memory store, for tests and for hosts that persist elsewhere.
 */
package org.digitalweek.event.persistence.memory;
