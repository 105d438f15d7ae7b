/**
 * The programme as Markdown ({@code markdown}), for wikis and email. An adapter of the
 * {@code Exporter} out-port; not exported from the module, found through {@link java.util.ServiceLoader}.
 */
package org.digitalweek.event.export.markdown;
