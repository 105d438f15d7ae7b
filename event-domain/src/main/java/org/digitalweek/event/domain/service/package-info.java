/**
 * The implementations of the use cases ({@code ProgrammeService}) and the discovery of formats
 * ({@code FormatCatalogue}), built by the host application's composition root.
 */
package org.digitalweek.event.domain.service;
