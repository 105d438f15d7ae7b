package org.digitalweek.event.persistence.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.error.ParserWords;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.Release;

/**
 * Reads the bytes of one stored file into the model, in four steps: strict UTF-8, well-formed JSON,
 * the envelope ({@code format}, {@code formatVersion}, upgraded by the {@link Migrations}), then
 * the document records and the model's invariants. Any problem is an
 * {@link UnreadableDocumentException} naming the file, the line and column, the JSON pointer when
 * there is one, and the rule. Reading never changes the file.
 */
final class StoreFileReader {

    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '.*?':", Pattern.DOTALL);
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String FORMAT = "format";
    private static final String CUT_SHORT =
            "not well-formed JSON: the file ends in the middle of a value; it may have been cut short";
    private static final String CUT_SHORT_FR =
            "JSON mal formé : le fichier s'arrête au milieu d'une valeur ; il a peut-être été tronqué";

    private final Migrations migrations;

    StoreFileReader(Migrations migrations) {
        this.migrations = migrations;
    }

    /**
     * @param source the file's name, for messages
     * @param bytes  its content
     * @param id     the edition its name says it holds
     * @return the edition and its count of committed releases
     * @throws UnreadableDocumentException when the file cannot be read, or holds another edition
     */
    StoredEdition edition(String source, byte[] bytes, EditionId id) {
        return read(source, bytes, EditionFile.FORMAT, "un fichier d'édition", "an edition file", EditionFile.class, file -> {
            StoredEdition stored = file.toModel();
            if (!stored.edition().id().equals(id)) {
                // Also what two ids that differ only in case give on a file system that ignores case.
                throw new DocumentProblem("/edition/id", "le fichier contient l'édition « " + stored.edition().id()
                        + " », mais son nom est celui de l'édition « " + id + " » : le nom doit être l'identifiant",
                        "the file holds edition '" + stored.edition().id() + "', but its name is that of edition '"
                        + id + "': the name must be the id");
            }
            return stored;
        });
    }

    /**
     * @param source the file's name, for messages
     * @param bytes  its content
     * @param id     the edition its folder says it belongs to
     * @param number the number its name says it has
     * @return the release
     * @throws UnreadableDocumentException when the file cannot be read, or holds another release
     */
    Release release(String source, byte[] bytes, EditionId id, int number) {
        return read(source, bytes, ReleaseFile.FORMAT, "un fichier de publication", "a release file", ReleaseFile.class, file -> {
            Release release = file.toModel();
            if (!release.edition().equals(id) || release.number() != number) {
                throw new DocumentProblem("", "le fichier contient la publication " + release.number()
                        + " de l'édition « " + release.edition() + " », mais son nom est celui de la publication "
                        + number + " de « " + id + " »", "the file holds release " + release.number() + " of edition '"
                        + release.edition() + "', but its name is that of release " + number + " of '" + id + "'");
            }
            return release;
        });
    }

    private <F extends Record & StoreFile, M> M read(String source, byte[] bytes, String format, String kindFr,
                                                     String kind, Class<F> type, Function<F, M> toModel) {
        Optional<F> current = boundStraight(bytes, format, type);
        if (current.isPresent()) {
            try {
                return toModel.apply(current.get());
            } catch (RuntimeException brokenRule) {
                // Read again below, the careful way, which says where the rule is broken.
            }
        }
        String text = decode(source, bytes);
        JsonNode tree = parse(source, text);
        try {
            ObjectNode file = envelope(tree, format, kindFr, kind);
            migrations.upgrade(file, file.get(Migrations.FORMAT_VERSION).longValue());
            F document;
            try {
                document = StoreJson.mapper().treeToValue(file, type);
            } catch (JacksonException e) {
                throw BindingFailures.problem(e, file);
            }
            Completeness.check(document, file);
            return toModel.apply(document);
        } catch (DocumentProblem problem) {
            throw new UnreadableDocumentException(source, Places.of(text, problem.pointer()), problem.ruleFr(),
                    problem.ruleEn());
        }
    }

    /**
     * The fast way, for a file as this library writes it: bound straight from its bytes by the
     * streaming parser, with no text, no tree and no migration. Anything unusual (not UTF-8, not
     * well-formed, content after the document, another format or version, a value missing or
     * wrong, which the {@linkplain StoreJson#completeMapper() mapper} refuses itself) gives nothing, and the file is read the careful way, which accepts and refuses exactly
     * what it did before and says where a problem is.
     */
    private static <F extends Record & StoreFile> Optional<F> boundStraight(byte[] bytes, String format,
                                                                            Class<F> type) {
        if (!Utf8.isWellFormed(bytes)) {
            return Optional.empty();
        }
        try (JsonParser parser = StoreJson.completeMapper().createParser(bytes)) {
            F document = StoreJson.completeMapper().readValue(parser, type);
            boolean usual = document != null && parser.nextToken() == null && format.equals(document.format())
                    && Integer.valueOf(Migrations.CURRENT).equals(document.formatVersion());
            return usual ? Optional.of(document) : Optional.empty();
        } catch (JacksonException unusual) {
            return Optional.empty();
        }
    }

    /** Checks what the file says it is before anything else, so a newer file is refused as such. */
    private static ObjectNode envelope(JsonNode tree, String format, String kindFr, String kind) {
        String expected = "\"" + FORMAT + "\": \"" + format + "\"";
        String notFr = "pas " + kindFr + " d'un dépôt digitalweek : attendu ";
        String notEn = "not " + kind + " of a digitalweek store: expected ";
        if (!tree.isObject()) {
            throw new DocumentProblem("", notFr + "un objet JSON avec " + expected + ", trouvé "
                    + Places.describeFr(tree), notEn + "a JSON object with " + expected + ", found "
                    + Places.describe(tree));
        }
        JsonNode marker = tree.get(FORMAT);
        if (marker == null) {
            throw new DocumentProblem("", notFr + expected + " au début, aucun « " + FORMAT + " » trouvé",
                    notEn + expected + " at the top, found no \"" + FORMAT + "\"");
        }
        if (!marker.isString() || !marker.stringValue().equals(format)) {
            throw new DocumentProblem("/" + FORMAT, notFr + expected + ", trouvé " + Places.describeFr(marker),
                    notEn + expected + ", found " + Places.describe(marker));
        }
        JsonNode version = tree.get(Migrations.FORMAT_VERSION);
        String name = Migrations.FORMAT_VERSION;
        if (version == null) {
            throw new DocumentProblem("", "la propriété obligatoire « " + name + " » manque",
                    "required property \"" + name + "\" is missing");
        }
        if (!version.isIntegralNumber()) {
            throw new DocumentProblem(Migrations.AT_FORMAT_VERSION, "type erroné pour « " + name + " » : attendu un"
                    + " nombre entier, trouvé " + Places.describeFr(version), "wrong type for \"" + name
                    + "\": expected a whole number, found " + Places.describe(version));
        }
        if (!version.canConvertToLong()) {
            String number = Places.abbreviate(version.toString());
            throw new DocumentProblem(Migrations.AT_FORMAT_VERSION, "la version de format " + number + " n'existe pas",
                    "format version " + number + " does not exist");
        }
        return (ObjectNode) tree;
    }

    private static JsonNode parse(String source, String text) {
        JsonParser parser = StoreJson.mapper().createParser(text);
        try (parser) {
            JsonNode tree = StoreJson.mapper().readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw new UnreadableDocumentException(source, Places.of(parser.currentLocation(), ""),
                        "fichier vide : attendu un objet JSON avec \"" + FORMAT + "\" et \""
                                + Migrations.FORMAT_VERSION + "\"", "empty file: expected a JSON object with \"" + FORMAT
                                + "\" and \"" + Migrations.FORMAT_VERSION + "\"");
            }
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new UnreadableDocumentException(source, Places.of(parser.currentTokenLocation(), ""),
                        "JSON mal formé : du contenu après la fin du document",
                        "not well-formed JSON: more content after the end of the document");
            }
            return tree;
        } catch (UnexpectedEndOfInputException e) {
            throw new UnreadableDocumentException(source, Places.of(e.getLocation(), pointer(parser)), CUT_SHORT_FR,
                    CUT_SHORT);
        } catch (JacksonException e) {
            String at = pointer(parser);
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input")) {
                // Cut just after a comma or a bracket, between values: Jackson says so in another exception.
                throw new UnreadableDocumentException(source, Places.of(e.getLocation(), at), CUT_SHORT_FR, CUT_SHORT);
            }
            String detail = PrivateRecords.detail(at, originalMessage(e));
            throw new UnreadableDocumentException(source, Places.of(e.getLocation(), at),
                    "JSON mal formé : " + detail, "not well-formed JSON: " + detail);
        }
    }

    private static String pointer(JsonParser parser) {
        return parser.streamReadContext() == null ? "" : parser.streamReadContext().pathAsPointer().toString();
    }

    /**
     * Jackson's own words on the syntax, without its description of where (that is in the place) and
     * without the text of an unrecognised token, which may be anything the file holds.
     */
    private static String originalMessage(JacksonException e) {
        String message = ParserWords.plain(e.getOriginalMessage());
        int source = message.indexOf(" at [Source");
        String words = source < 0 ? message : message.substring(0, source);
        return UNRECOGNIZED_TOKEN.matcher(words).replaceFirst("Unrecognized token:");
    }

    /** Decodes strictly, so that a byte that is not UTF-8 is an error, not a replacement character. */
    private static String decode(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.length() - before.lastIndexOf('\n');
            throw new UnreadableDocumentException(source, DocumentPlace.line(line, column),
                    "pas en UTF-8 : le fichier a ici des octets qui ne sont pas de l'UTF-8 ; les fichiers du stock"
                            + " sont toujours en UTF-8",
                    "not UTF-8: the file has bytes here that are not UTF-8; store files are always UTF-8");
        }
        String text = out.flip().toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
