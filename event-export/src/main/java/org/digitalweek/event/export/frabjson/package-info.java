/**
 * The JSON schedules of the frab family: {@code schedule.json} v1 ({@code frab-json}) and the flat
 * {@code schedule2} ({@code schedule2}), written with Jackson's streaming generator from the shared
 * {@link org.digitalweek.event.export.frab.Schedule} view. An adapter of the {@code Exporter}
 * out-port; not exported from the module, found through {@link java.util.ServiceLoader}.
 */
package org.digitalweek.event.export.frabjson;
