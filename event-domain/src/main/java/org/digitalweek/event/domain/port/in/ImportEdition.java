package org.digitalweek.event.domain.port.in;

import java.io.IOException;
import java.io.InputStream;

import org.digitalweek.event.domain.model.ImportContext;

/**
 * Use case: bring an edition in from a document another tool wrote (canonical JSON, a frab or
 * pretalx schedule, a calendar). An import is all or nothing: the document is read, repaired where
 * the importer can, and validated whole before the store is touched, and a refused import leaves
 * the store as it was.
 */
public interface ImportEdition {

    /**
     * @param command  the format, the options and the mode
     * @param document the document; read to its end and left open
     * @return what was imported, or would be in a dry run
     * @throws org.digitalweek.event.domain.error.UnreadableDocumentException when the document cannot be read; nothing stored
     * @throws org.digitalweek.event.domain.error.InvalidInputException when what it holds breaks the model's rules; nothing stored
     * @throws org.digitalweek.event.domain.error.ForbiddenChangeException when the id is taken (and not replacing),
     *         the stored edition is archived, or replacing would orphan its internal records; nothing stored
     * @throws org.digitalweek.event.domain.error.ItemNotFoundException when no importer has that format
     * @throws IOException when reading the document fails
     */
    ImportReport importEdition(ImportEditionCommand command, InputStream document) throws IOException;

    /**
     * Reads and validates a document without looking at the store, e.g. to compare two releases of
     * a schedule with {@link org.digitalweek.event.domain.diff.ProgrammeDiff#between}.
     *
     * @param formatId the format's id
     * @param context  the document's name and the user's options
     * @param document the document; read to its end and left open
     * @return the edition as read (not stored), with the repairs and the findings
     * @throws org.digitalweek.event.domain.error.UnreadableDocumentException when the document cannot be read
     * @throws org.digitalweek.event.domain.error.InvalidInputException when what it holds breaks the model's rules
     * @throws org.digitalweek.event.domain.error.ItemNotFoundException when no importer has that format
     * @throws IOException when reading the document fails
     */
    ImportReport read(String formatId, ImportContext context, InputStream document) throws IOException;
}
