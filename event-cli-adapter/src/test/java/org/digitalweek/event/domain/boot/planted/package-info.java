/**
 * A facade that breaks a rule on purpose, in the CLI's test sources only, in the facade's package.
 */
package org.digitalweek.event.domain.boot.planted;
