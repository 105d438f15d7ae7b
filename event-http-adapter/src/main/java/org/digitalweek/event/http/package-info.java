/**
 * The HTTP API: {@link org.digitalweek.event.http.HttpApi} serves the use cases of the domain as
 * JSON resources, exports, subscription calendars and an Atom feed of changes; {@link
 * org.digitalweek.event.http.HttpSettings} says where and how. Everything else in the package is
 * internal to the adapter.
 */
package org.digitalweek.event.http;
