/**
 * An in-port that breaks a rule on purpose, in the CLI's test sources only, in a package that the
 * production rule over the in-ports covers.
 */
package org.digitalweek.event.domain.port.in.planted;
