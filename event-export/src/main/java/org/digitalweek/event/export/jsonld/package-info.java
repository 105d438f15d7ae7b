/**
 * The edition as schema.org linked data in JSON-LD ({@code jsonld}): the series, the edition and
 * its sessions as events, the venues and rooms as places, the ministries as government
 * organisations and the officials as persons, for search engines and linked-data tools. An adapter
 * of the {@code Exporter} out-port; not exported from the module, found through
 * {@link java.util.ServiceLoader}.
 */
package org.digitalweek.event.export.jsonld;
