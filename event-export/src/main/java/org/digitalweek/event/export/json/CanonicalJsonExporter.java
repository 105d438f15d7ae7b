package org.digitalweek.event.export.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;

/**
 * Writes an edition in the canonical JSON format ({@code json},
 * {@value CanonicalJson#MEDIA_TYPE}): the lossless exchange and backup format of the project, read
 * back by {@link CanonicalJsonImporter}.
 *
 * <p>The document is {@code {"format": "digitalweek-edition", "formatVersion": 1, "edition": {…}}}
 * where {@code edition} is the edition as a draft ({@link Drafts#fromEdition(PublicEdition)}): the
 * property names are the draft's record components. The bytes depend on the edition only: UTF-8,
 * two-space indentation, {@code "\n"} line ends and a final newline, record components in
 * declaration order, texts sorted by language tag, dates and times in ISO 8601, and absent or empty
 * values left out. Only the public view of an edition ever reaches an exporter, so nothing internal
 * can be written.
 */
public final class CanonicalJsonExporter implements Exporter {

    private static final ObjectWriter WRITER = CanonicalJson.writingMapper().writer();

    /** Creates the exporter; {@link java.util.ServiceLoader} calls this. */
    public CanonicalJsonExporter() {
        // Stateless: the shared writer is immutable and safe across threads.
    }

    @Override
    public String formatId() {
        return CanonicalJson.FORMAT_ID;
    }

    @Override
    public String mediaType() {
        return CanonicalJson.MEDIA_TYPE;
    }

    /**
     * Streams the document to {@code out} and leaves it open. The context is not used: the
     * canonical document carries no time of export and has texts in every language.
     */
    @Override
    public void export(PublicEdition edition, ExportContext context, OutputStream out) throws IOException {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(context, "'context' must not be null");
        Objects.requireNonNull(out, "'out' must not be null");
        try (JsonGenerator json = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringProperty(CanonicalJson.FORMAT, CanonicalJson.MARKER);
            json.writeNumberProperty(CanonicalJson.FORMAT_VERSION, CanonicalJson.VERSION);
            json.writeName(CanonicalJson.EDITION);
            new DraftWriter(json).edition(Drafts.fromEdition(edition));
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (JacksonException e) {
            throw CanonicalJson.streamFailure(e).orElseThrow(() -> e);
        }
    }
}
