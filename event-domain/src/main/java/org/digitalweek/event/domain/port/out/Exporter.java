package org.digitalweek.event.domain.port.out;

import java.io.IOException;
import java.io.OutputStream;

import org.digitalweek.event.domain.model.PublicEdition;

/**
 * Service-provider interface: writes an edition in one format. Implementations are found with
 * {@link java.util.ServiceLoader}, so a third-party jar can add a format. An exporter receives the
 * public view only; the same edition and context always give the same bytes.
 */
public interface Exporter {

    /** @return the stable id of the format, e.g. {@code ics} or {@code json} */
    String formatId();

    /** @return the media type of the output, e.g. {@code text/calendar} */
    String mediaType();

    /**
     * Writes the edition to {@code out}, streaming, and leaves {@code out} open.
     *
     * @param edition the public view of the edition
     * @param context the clock and the language
     * @param out     where to write
     * @throws IOException when {@code out} fails
     */
    void export(PublicEdition edition, ExportContext context, OutputStream out) throws IOException;
}
