/**
 * Conference-app schedules in the frab/Pentabarf family ({@code schedule.xml}, {@code schedule.json},
 * {@code schedule2}): the format-neutral {@link org.digitalweek.event.export.frab.Schedule} view that
 * all three share (stable guids, integer ids, slugs, days, rooms), and the {@code frab-xml} exporter.
 * An adapter of the {@code Exporter} out-port; not exported from the module, found through
 * {@link java.util.ServiceLoader}.
 */
package org.digitalweek.event.export.frab;
