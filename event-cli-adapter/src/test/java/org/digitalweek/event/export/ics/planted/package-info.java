/**
 * A helper of the calendar export that breaks a rule on purpose, in the CLI's test sources only:
 * it is not an exporter, so only a rule over the whole export module catches it.
 */
package org.digitalweek.event.export.ics.planted;
