package org.digitalweek.event.domain.port.out;

import java.io.IOException;
import java.io.InputStream;

import org.digitalweek.event.domain.model.ImportContext;

/**
 * Service-provider interface: reads an edition from one format. Implementations are found with
 * {@link java.util.ServiceLoader}. An importer is lenient: it repairs what it can and says so in
 * {@link ImportResult#warnings()}; the domain then validates the draft it returns.
 */
public interface Importer {

    /** @return the stable id of the format, e.g. {@code json} or {@code frab-xml} */
    String formatId();

    /** @return the media type it reads */
    String mediaType();

    /**
     * Whether a document looks like this format, for callers that were not told the format. A
     * cheap test on the name and the first characters; {@link #read} still checks everything.
     *
     * @param fileName the document's file name, possibly without a folder; may be empty
     * @param head     its first characters (up to a few kilobytes), decoded as UTF-8
     * @return whether this importer should be tried on it; by default, never
     */
    default boolean recognizes(String fileName, String head) {
        return false;
    }

    /**
     * @param in      the document; read to its end and left open
     * @param context the source name and options
     * @return the draft and the repairs made
     * @throws org.digitalweek.event.domain.error.UnreadableDocumentException when the document cannot be read; it names the place
     * @throws IOException when {@code in} fails
     */
    ImportResult read(InputStream in, ImportContext context) throws IOException;
}
