/**
 * A class that breaks the port rule on purpose, in test sources only, in a package that the
 * production rule covers.
 */
package org.digitalweek.event.domain.port.in.planted;
