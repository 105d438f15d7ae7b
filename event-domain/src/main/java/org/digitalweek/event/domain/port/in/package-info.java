/**
 * In-ports (primary ports): the use cases a front end or the command line calls, each taking a
 * command record that is validated before anything is changed.
 */
package org.digitalweek.event.domain.port.in;
