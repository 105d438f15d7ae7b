/**
 * The canonical JSON format of an edition ({@code json}): the lossless exchange and backup format,
 * whose document model is the domain's draft record tree. An adapter of the {@code Exporter} and
 * {@code Importer} out-ports; not exported from the module, found through {@link java.util.ServiceLoader}.
 */
package org.digitalweek.event.export.json;
