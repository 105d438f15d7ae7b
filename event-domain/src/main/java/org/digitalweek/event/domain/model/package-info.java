/**
 * The public model of an edition: immutable records and sealed types whose constructors enforce
 * every invariant ({@link org.digitalweek.event.domain.model.PublicEdition}, sessions, people, places,
 * provenance). Nothing here can reach internal data.
 */
package org.digitalweek.event.domain.model;
