package org.digitalweek.event.domain.port.in;

import java.io.IOException;
import java.io.OutputStream;

/** Use case: write an edition's public programme in one format. */
public interface ExportEdition {

    /**
     * @param query the edition, the format and the language
     * @return the document, its format and media type, and the edition's version it was written from
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id
     * @throws org.digitalweek.event.domain.error.ItemNotFoundException when no exporter has that format
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read
     * @throws java.io.UncheckedIOException when the exporter fails of its own accord (a buffer in memory does not)
     */
    ExportedDocument export(ExportQuery query);

    /**
     * Streams the document, for large programmes.
     *
     * @param query the edition, the format and the language
     * @param out   where to write; left open
     * @return the format written, with its media type
     * @throws org.digitalweek.event.domain.error.InvalidInputException when the query breaks its rules, with every
     *         problem; nothing written
     * @throws org.digitalweek.event.domain.error.EditionNotFoundException when no edition has that id; nothing written
     * @throws org.digitalweek.event.domain.error.ItemNotFoundException when no exporter has that format; nothing
     *         written
     * @throws org.digitalweek.event.domain.error.StorageFailureException when the store cannot be read
     * @throws IOException when {@code out} fails
     */
    FormatDescription export(ExportQuery query, OutputStream out) throws IOException;
}
