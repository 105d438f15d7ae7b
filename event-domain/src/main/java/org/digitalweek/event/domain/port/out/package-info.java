/**
 * Out-ports (secondary ports): what adapters implement: the {@code Editions} store and the
 * {@code Exporter} and {@code Importer} service-provider interfaces, with their value records.
 */
package org.digitalweek.event.domain.port.out;
