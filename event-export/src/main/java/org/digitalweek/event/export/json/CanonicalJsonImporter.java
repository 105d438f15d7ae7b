package org.digitalweek.event.export.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.export.jsonread.ReadLimits;

/**
 * Reads the canonical JSON format ({@code json}, {@value CanonicalJson#MEDIA_TYPE}) written by
 * {@link CanonicalJsonExporter} back into an edition draft.
 *
 * <p>Lenient but never silent: a property the draft does not have is skipped and reported as an
 * {@link org.digitalweek.event.domain.model.ImportWarning} at its JSON pointer. Everything else
 * that is wrong makes the read fail with an
 * {@link org.digitalweek.event.domain.error.UnreadableDocumentException} naming the line, the
 * column, the JSON pointer and the rule: text that is not UTF-8 or not well-formed JSON, a missing
 * or wrong {@code format} marker, a {@code formatVersion} other than 1, a value of the wrong type
 * (no coercion: {@code "3"} is not a number), an unknown enum constant, a missing {@code edition},
 * or a document over the limits (nesting depth 64, strings of 1 MiB, documents of 512 MiB, counted
 * in characters). The draft is not validated here: the domain checks it with its
 * {@link org.digitalweek.event.domain.validation.InputValidator}.
 *
 * <p>An application that keeps larger editions (a million sessions make about 700 MB) raises the
 * document limit with the system property {@value #MAX_DOCUMENT_LENGTH}, a number of characters,
 * set before the importer is made (before the formats are discovered): {@code
 * -Ddigitalweek.json.maxDocumentLength=2147483647}.
 */
public final class CanonicalJsonImporter implements Importer {

    /** The system property that sets the longest document, in characters, instead of 512 MiB. */
    public static final String MAX_DOCUMENT_LENGTH = "digitalweek.json.maxDocumentLength";

    /** Shared: a mapper is immutable and thread-safe, and building one (and its caches) is the costly part. */
    private static final JsonMapper CANONICAL = CanonicalJson.readingMapper(ReadLimits.CANONICAL);

    private final ReadLimits limits;
    private final JsonMapper mapper;
    private final CleanDocumentReader clean;

    /**
     * Creates the importer with the format's limits, or the document length that {@value
     * #MAX_DOCUMENT_LENGTH} sets; {@link java.util.ServiceLoader} calls this.
     *
     * @throws IllegalStateException when the property is set to something other than a positive whole number
     */
    public CanonicalJsonImporter() {
        this(configured());
    }

    /** @param limits other limits: the property's, or a test's */
    CanonicalJsonImporter(ReadLimits limits) {
        this(limits, limits.equals(ReadLimits.CANONICAL) ? CANONICAL : CanonicalJson.readingMapper(limits));
    }

    private CanonicalJsonImporter(ReadLimits limits, JsonMapper mapper) {
        this.limits = Objects.requireNonNull(limits, "'limits' must not be null");
        this.mapper = mapper;
        this.clean = new CleanDocumentReader(limits);
    }

    private static ReadLimits configured() {
        String length = System.getProperty(MAX_DOCUMENT_LENGTH);
        if (length == null) {
            return ReadLimits.CANONICAL;
        }
        try {
            return new ReadLimits(ReadLimits.CANONICAL.maxNestingDepth(), ReadLimits.CANONICAL.maxStringLength(),
                    Long.parseLong(length.strip()));
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw new IllegalStateException(MAX_DOCUMENT_LENGTH + " must be a positive whole number of characters, not "
                    + length, e);
        }
    }

    @Override
    public String formatId() {
        return CanonicalJson.FORMAT_ID;
    }

    @Override
    public String mediaType() {
        return CanonicalJson.MEDIA_TYPE;
    }

    /** A document whose first characters carry the format marker, whatever its name. */
    @Override
    public boolean recognizes(String fileName, String head) {
        return head.contains("\"" + CanonicalJson.MARKER + "\"");
    }

    /**
     * Reads the document quickly when it has nothing to report ({@link CleanDocumentReader}), else
     * again with the places of every warning and failure ({@link DocumentReader}).
     */
    @Override
    public ImportResult read(InputStream in, ImportContext context) throws IOException {
        Objects.requireNonNull(in, "'in' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        // Longer ones go to the reader that explains anyway (CleanDocumentReader reads fewer bytes than the limit).
        DocumentBytes document = DocumentBytes.read(in, limits.maxDocumentLength() + 3);
        if (document.whole()) {
            Optional<ImportResult> read = clean.read(document.bytes(), document.length());
            if (read.isPresent()) {
                return read.get();
            }
        }
        return new DocumentReader(mapper, limits, context.sourceName()).read(document.replay(in));
    }
}
