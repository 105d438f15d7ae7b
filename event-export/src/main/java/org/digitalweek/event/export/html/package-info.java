/**
 * The programme as one self-contained HTML page ({@code html}): a day × room grid and a detailed
 * list, with filters by track, type and language, in French or English. An adapter of the
 * {@code Exporter} out-port; not exported from the module, found through {@link java.util.ServiceLoader}.
 */
package org.digitalweek.event.export.html;
