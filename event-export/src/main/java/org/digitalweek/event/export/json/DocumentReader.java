package org.digitalweek.event.export.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.export.jsonread.Places;
import org.digitalweek.event.export.jsonread.ReadFailures;
import org.digitalweek.event.export.jsonread.ReadLimits;
import org.digitalweek.event.export.jsonread.Utf8Text;
import org.digitalweek.event.export.schedule.LineBreaks;

/**
 * Reads one canonical document: checks the envelope ({@code format}, {@code formatVersion}) itself
 * and lets Jackson bind {@code edition} to the draft records. Used once, by one thread.
 *
 * <p>The bytes are decoded as UTF-8 before Jackson sees them ({@link Utf8Text}), so that columns
 * count characters and a byte that is not UTF-8 is an error; lines are counted as editors count them
 * ({@link LineBreaks}).
 */
final class DocumentReader {

    private final JsonMapper mapper;
    private final ReadLimits limits;
    private final String source;
    private final LineBreaks breaks = new LineBreaks();
    private final Warnings warnings = new Warnings(breaks);
    private LocatingParser parser;
    private ReadFailures failures;

    DocumentReader(JsonMapper mapper, ReadLimits limits, String source) {
        this.mapper = mapper;
        this.limits = limits;
        this.source = source;
    }

    /**
     * @param in the document; left open
     * @return the draft and the warnings
     * @throws UnreadableDocumentException when the document cannot be read
     * @throws IOException when {@code in} fails
     */
    ImportResult read(InputStream in) throws IOException {
        Reader text;
        try {
            text = breaks.counting(Utf8Text.strict(in));
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(source, "line 1, column 1", ReadFailures.NOT_UTF8);
        }
        parser = new LocatingParser(mapper.createParser(text));
        failures = new ReadFailures(source, limits, parser, breaks);
        try {
            return readDocument();
        } catch (JacksonException e) {
            throw failures.fromReading(e);
        } finally {
            parser.close(); // releases buffers; the stream stays open
        }
    }

    private ImportResult readDocument() {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw failures.atRoot(parser.currentLocation(), "empty document: expected a JSON object with \""
                    + CanonicalJson.FORMAT + "\", \"" + CanonicalJson.FORMAT_VERSION + "\" and \""
                    + CanonicalJson.EDITION + "\"");
        }
        if (first != JsonToken.START_OBJECT) {
            throw failures.here("not an edition document: expected a JSON object, found " + failures.found());
        }
        TokenStreamLocation start = parser.currentTokenLocation();
        boolean marked = false;
        boolean versioned = false;
        EditionDraft edition = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            TokenStreamLocation nameAt = parser.currentTokenLocation();
            parser.nextToken();
            switch (name) {
                case CanonicalJson.FORMAT -> marked = checkMarker();
                case CanonicalJson.FORMAT_VERSION -> versioned = checkVersion();
                case CanonicalJson.EDITION -> edition = readEdition();
                default -> {
                    warnings.unknownProperty(name, JsonPointer.empty().appendProperty(name), nameAt);
                    skipValue();
                }
            }
        }
        requireEnvelope(start, marked, versioned, edition != null);
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw failures.here("content after the end of the document: found " + failures.found()
                    + " after the closing brace");
        }
        return new ImportResult(edition, warnings.inDocumentOrder());
    }

    private boolean checkMarker() {
        if (parser.currentToken() != JsonToken.VALUE_STRING || !CanonicalJson.MARKER.equals(parser.getString())) {
            throw failures.here("not an edition document: \"" + CanonicalJson.FORMAT + "\" must be \""
                    + CanonicalJson.MARKER + "\", found " + failures.found());
        }
        return true;
    }

    private boolean checkVersion() {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw failures.here("wrong type for \"" + CanonicalJson.FORMAT_VERSION + "\": expected the whole number "
                    + CanonicalJson.VERSION + ", found " + failures.found());
        }
        if (!String.valueOf(CanonicalJson.VERSION).equals(parser.getString())) {
            throw failures.here("unsupported format version " + Places.abbreviate(parser.getString())
                    + ": this reader reads \"" + CanonicalJson.FORMAT_VERSION + "\": " + CanonicalJson.VERSION
                    + " only");
        }
        return true;
    }

    private EditionDraft readEdition() {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw failures.here("wrong type for \"" + CanonicalJson.EDITION + "\": expected an object, found "
                    + failures.found());
        }
        ObjectReader reader = mapper.readerFor(EditionDraft.class)
                .withHandler(new UnknownProperties(parser, warnings));
        return reader.readValue(parser);
    }

    /** Skips the current value, reading its strings so that the string limit holds here as everywhere. */
    private void skipValue() {
        int depth = 0;
        JsonToken token = parser.currentToken();
        while (token != null) {
            if (token == JsonToken.VALUE_STRING) {
                parser.getString();
            }
            depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
            if (depth == 0) {
                return;
            }
            token = parser.nextToken();
        }
    }

    private void requireEnvelope(TokenStreamLocation start, boolean marked, boolean versioned, boolean hasEdition) {
        if (!marked) {
            throw failures.atRoot(start, "not an edition document: \"" + CanonicalJson.FORMAT + "\": \""
                    + CanonicalJson.MARKER + "\" is missing");
        }
        if (!versioned) {
            throw failures.atRoot(start, "missing \"" + CanonicalJson.FORMAT_VERSION + "\": expected "
                    + CanonicalJson.VERSION);
        }
        if (!hasEdition) {
            throw failures.atRoot(start, "missing \"" + CanonicalJson.EDITION + "\": the document has no edition");
        }
    }
}
