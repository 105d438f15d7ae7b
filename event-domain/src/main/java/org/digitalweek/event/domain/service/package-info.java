/**
 * The implementations of the use cases ({@code ProgrammeService}, {@code PublicationService},
 * {@code ReuseService}, {@code DocumentService}), built by {@link org.digitalweek.event.domain.boot.Digitalweek}
 * or by a host application's own composition root.
 */
package org.digitalweek.event.domain.service;
