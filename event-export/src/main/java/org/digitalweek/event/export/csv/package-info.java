/**
 * The programme as a spreadsheet: one row per session, in RFC 4180 CSV ({@code csv}) or in the
 * dialect that Excel opens with a double click in French-speaking locales ({@code csv-excel}). An
 * adapter of the {@code Exporter} out-port; not exported from the module, found through
 * {@link java.util.ServiceLoader}.
 */
package org.digitalweek.event.export.csv;
