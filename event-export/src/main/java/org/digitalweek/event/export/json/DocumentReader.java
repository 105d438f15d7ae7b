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

import org.digitalweek.event.domain.error.DocumentPlace;
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
            throw new UnreadableDocumentException(source, DocumentPlace.line(1, 1), ReadFailures.NOT_UTF8_FR,
                    ReadFailures.NOT_UTF8);
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
            String members = "\"" + CanonicalJson.FORMAT + "\", \"" + CanonicalJson.FORMAT_VERSION + "\"";
            throw failures.atRoot(parser.currentLocation(), "document vide : attendu un objet JSON avec " + members
                    + " et \"" + CanonicalJson.EDITION + "\"", "empty document: expected a JSON object with " + members
                    + " and \"" + CanonicalJson.EDITION + "\"");
        }
        if (first != JsonToken.START_OBJECT) {
            throw failures.here("pas un document d'édition : attendu un objet JSON, trouvé " + failures.found(true),
                    "not an edition document: expected a JSON object, found " + failures.found());
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
            throw failures.here("contenu après la fin du document : " + failures.found(true)
                    + " après l'accolade fermante", "content after the end of the document: found " + failures.found()
                    + " after the closing brace");
        }
        return new ImportResult(edition, warnings.inDocumentOrder());
    }

    private boolean checkMarker() {
        if (parser.currentToken() != JsonToken.VALUE_STRING || !CanonicalJson.MARKER.equals(parser.getString())) {
            String marker = "\"" + CanonicalJson.FORMAT + "\"";
            throw failures.here("pas un document d'édition : " + marker + " doit valoir \"" + CanonicalJson.MARKER
                    + "\", trouvé " + failures.found(true), "not an edition document: " + marker + " must be \""
                    + CanonicalJson.MARKER + "\", found " + failures.found());
        }
        return true;
    }

    private boolean checkVersion() {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw failures.here("type erroné pour \"" + CanonicalJson.FORMAT_VERSION + "\" : attendu le nombre entier "
                    + CanonicalJson.VERSION + ", trouvé " + failures.found(true), "wrong type for \""
                    + CanonicalJson.FORMAT_VERSION + "\": expected the whole number " + CanonicalJson.VERSION
                    + ", found " + failures.found());
        }
        if (!String.valueOf(CanonicalJson.VERSION).equals(parser.getString())) {
            String version = Places.abbreviate(parser.getString());
            String only = "\"" + CanonicalJson.FORMAT_VERSION + "\": " + CanonicalJson.VERSION;
            throw failures.here("version de format non prise en charge " + version + " : ce lecteur ne lit que "
                    + only, "unsupported format version " + version + ": this reader reads " + only + " only");
        }
        return true;
    }

    private EditionDraft readEdition() {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw failures.here("type erroné pour \"" + CanonicalJson.EDITION + "\" : attendu un objet, trouvé "
                    + failures.found(true), "wrong type for \"" + CanonicalJson.EDITION + "\": expected an object, found "
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
            String marker = "\"" + CanonicalJson.FORMAT + "\": \"" + CanonicalJson.MARKER + "\"";
            throw failures.atRoot(start, "pas un document d'édition : " + marker + " manque",
                    "not an edition document: " + marker + " is missing");
        }
        if (!versioned) {
            throw failures.atRoot(start, "\"" + CanonicalJson.FORMAT_VERSION + "\" manque : attendu "
                    + CanonicalJson.VERSION, "missing \"" + CanonicalJson.FORMAT_VERSION + "\": expected "
                    + CanonicalJson.VERSION);
        }
        if (!hasEdition) {
            throw failures.atRoot(start, "\"" + CanonicalJson.EDITION + "\" manque : le document n'a pas d'édition",
                    "missing \"" + CanonicalJson.EDITION + "\": the document has no edition");
        }
    }
}
