/**
 * The words that human-readable exports print for the domain's enumerations, in French and
 * English. Shared by the export adapters; not exported from the module.
 */
package org.digitalweek.event.export.labels;
