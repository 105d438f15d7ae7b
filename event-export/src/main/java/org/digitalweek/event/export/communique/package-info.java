/**
 * The press communiqué of an edition ({@code communique}): the plain text a ministry's
 * communication office publishes after the opening, in French or English, written from the model
 * only. An adapter of the {@code Exporter} out-port; not exported from the module, found through
 * {@link java.util.ServiceLoader}.
 */
package org.digitalweek.event.export.communique;
