/**
 * The JSON schedules of the frab family: {@code schedule.json} v1 ({@code frab-json}, frab's and
 * pretalx's) and the flat {@code schedule2} ({@code schedule2}, c3voc's). The exporters write them
 * with Jackson's streaming generator from the shared {@link org.digitalweek.event.export.frab.Schedule}
 * view; the importers read a Jackson tree within the limits of {@link
 * org.digitalweek.event.export.jsonread.ReadLimits} and hand each event to the shared {@link
 * org.digitalweek.event.export.schedule.ScheduleBuilder}. Adapters of the {@code Exporter} and
 * {@code Importer} out-ports; not exported from the module, found through {@link java.util.ServiceLoader}.
 */
package org.digitalweek.event.export.frabjson;
