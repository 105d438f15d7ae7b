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
 */
public final class CanonicalJsonImporter implements Importer {

    /** Shared: a mapper is immutable and thread-safe, and building one (and its caches) is the costly part. */
    private static final JsonMapper CANONICAL = CanonicalJson.readingMapper(ReadLimits.CANONICAL);

    private final ReadLimits limits;
    private final JsonMapper mapper;
    private final CleanDocumentReader clean;

    /** Creates the importer with the format's limits; {@link java.util.ServiceLoader} calls this. */
    public CanonicalJsonImporter() {
        this(ReadLimits.CANONICAL, CANONICAL);
    }

    /** @param limits other limits, for tests */
    CanonicalJsonImporter(ReadLimits limits) {
        this(limits, CanonicalJson.readingMapper(limits));
    }

    private CanonicalJsonImporter(ReadLimits limits, JsonMapper mapper) {
        this.limits = Objects.requireNonNull(limits, "'limits' must not be null");
        this.mapper = mapper;
        this.clean = new CleanDocumentReader(limits);
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
