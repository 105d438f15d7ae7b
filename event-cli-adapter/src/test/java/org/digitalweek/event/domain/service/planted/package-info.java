/**
 * A service that breaks a rule on purpose, in the CLI's test sources only: discovery outside the facade.
 */
package org.digitalweek.event.domain.service.planted;
