package org.digitalweek.event.domain.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.digitalweek.event.domain.model.ImportContext;

/**
 * Import an edition from a document.
 *
 * @param formatId        the id of the importer's format, e.g. {@code frab-xml}
 * @param context         the document's name and the user's options
 * @param mode            what to do when the edition exists
 * @param dryRun          read, validate, check and compare, but store nothing
 * @param expectedVersion with {@link ImportMode#REPLACE}, the stored version the caller read, if the
 *                        caller wants a concurrent change to be refused; absent replaces what is stored
 */
public record ImportEditionCommand(@NotBlank String formatId, @NotNull ImportContext context,
                                   @NotNull ImportMode mode, boolean dryRun, @PositiveOrZero Long expectedVersion) {

    /**
     * @param formatId the format's id
     * @param context  the document's name and the user's options
     * @return the command that stores a new edition
     */
    public static ImportEditionCommand create(String formatId, ImportContext context) {
        return new ImportEditionCommand(formatId, context, ImportMode.CREATE, false, null);
    }

    /** @return this command, reporting without storing */
    public ImportEditionCommand asDryRun() {
        return new ImportEditionCommand(formatId, context, mode, true, expectedVersion);
    }

    /** @return this command, replacing the content of an edition that exists */
    public ImportEditionCommand replacing() {
        return new ImportEditionCommand(formatId, context, ImportMode.REPLACE, dryRun, expectedVersion);
    }
}
