package org.digitalweek.event.domain.port.in;

/** The use cases of documents as one port: import from other tools, export in every format, the formats found. */
public interface DocumentUseCases extends ImportEdition, ExportEdition, ListFormats {
}
