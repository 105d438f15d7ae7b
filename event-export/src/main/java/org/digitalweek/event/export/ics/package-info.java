/**
 * The iCalendar format of an edition's programme ({@code ics}, RFC 5545 with the RFC 7986 calendar
 * properties), written with biweekly: one {@code VEVENT} per session, in the edition's time zone.
 * An adapter of the {@code Exporter} out-port; not exported from the module, found through
 * {@link java.util.ServiceLoader}.
 */
package org.digitalweek.event.export.ics;
