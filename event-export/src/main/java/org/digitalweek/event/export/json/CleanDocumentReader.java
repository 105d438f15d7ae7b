package org.digitalweek.event.export.json;

import java.util.List;
import java.util.Optional;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.export.jsonread.ReadLimits;
import org.digitalweek.event.export.jsonread.Utf8Text;

/**
 * Reads a canonical document that has nothing to report, quickly: from its bytes, keeping no token
 * locations, counting no lines and binding no records ({@link DraftParser}). At the first thing a
 * warning or a failure would be needed for, it gives up, and {@link DocumentReader} reads the same
 * bytes again and says what and where; so every message is that reader's, at the same place.
 */
final class CleanDocumentReader {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ReadLimits limits;
    /** The limits' parsers, without their check for repeated properties: {@link DraftParser} finds those. */
    private final JsonFactory factory;

    /** @param limits the limits of the reader that explains */
    CleanDocumentReader(ReadLimits limits) {
        this.limits = limits;
        this.factory = limits.jsonFactory().rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /**
     * @param bytes  the document's bytes
     * @param length how many of them
     * @return the draft, with no warnings; empty when there is something to report
     */
    Optional<ImportResult> read(byte[] bytes, int length) {
        int start = startsWithByteOrderMark(bytes, length) ? BYTE_ORDER_MARK.length : 0;
        // A character is at least a byte: fewer bytes than the limit are fewer characters.
        if (length - start >= limits.maxDocumentLength() || !Utf8Text.isUtf8(bytes, start, length - start)) {
            return Optional.empty();
        }
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), bytes, start, length - start)) {
            return Optional.of(new ImportResult(document(parser), List.of()));
        } catch (RuntimeException somethingToSay) { // DraftParser.NotClean, JacksonException, DateTimeException
            return Optional.empty();
        }
    }

    private EditionDraft document(JsonParser parser) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw DraftParser.NOT_CLEAN;
        }
        boolean marked = false;
        boolean versioned = false;
        EditionDraft edition = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case CanonicalJson.FORMAT -> marked = once(marked, value == JsonToken.VALUE_STRING
                        && CanonicalJson.MARKER.equals(parser.getString()));
                case CanonicalJson.FORMAT_VERSION -> versioned = once(versioned, value == JsonToken.VALUE_NUMBER_INT
                        && String.valueOf(CanonicalJson.VERSION).equals(parser.getString()));
                case CanonicalJson.EDITION -> {
                    once(edition != null, true);
                    edition = new DraftParser(parser, limits.maxStringLength()).edition();
                }
                default -> throw DraftParser.NOT_CLEAN;
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || !marked || !versioned || edition == null
                || parser.nextToken() != null) {
            throw DraftParser.NOT_CLEAN;
        }
        return edition;
    }

    /** @return true when the property was not read before and its value is right */
    private static boolean once(boolean readBefore, boolean right) {
        if (readBefore || !right) {
            throw DraftParser.NOT_CLEAN;
        }
        return true;
    }

    private static boolean startsWithByteOrderMark(byte[] bytes, int length) {
        return length >= BYTE_ORDER_MARK.length && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1]
                && bytes[2] == BYTE_ORDER_MARK[2];
    }
}
