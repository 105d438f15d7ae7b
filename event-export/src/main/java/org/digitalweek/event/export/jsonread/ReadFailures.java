package org.digitalweek.event.export.jsonread;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.digitalweek.event.domain.error.ParserWords;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.export.schedule.LineBreaks;

/**
 * Turns what went wrong while reading one document into an {@link UnreadableDocumentException}
 * that names the source, the place (line, column and JSON pointer) and the broken rule in plain
 * French and English, so that no Jackson type or message layout leaks to the caller.
 */
public final class ReadFailures {

    /** The rule broken by bytes that are not UTF-8, in English. */
    public static final String NOT_UTF8 = "not UTF-8: the text from about this place has bytes that are not UTF-8;"
            + " save the document as UTF-8";
    /** The same rule, in French. */
    public static final String NOT_UTF8_FR = "pas en UTF-8 : le texte, à partir d'ici environ, a des octets qui ne"
            + " sont pas de l'UTF-8 ; enregistrez le document en UTF-8";

    private final String source;
    private final ReadLimits limits;
    private final JsonParser parser;
    private final LineBreaks breaks;

    /**
     * @param source the document's name
     * @param limits the limits in force
     * @param parser the document's parser, whose position is the place of a failure
     */
    public ReadFailures(String source, ReadLimits limits, JsonParser parser) {
        this(source, limits, parser, null);
    }

    /**
     * @param source the document's name
     * @param limits the limits in force
     * @param parser the document's parser, whose position is the place of a failure
     * @param breaks the line breaks of the text the parser reads, to place failures as editors count
     *               lines; null to say the parser's lines
     */
    public ReadFailures(String source, ReadLimits limits, JsonParser parser, LineBreaks breaks) {
        this.source = source;
        this.limits = limits;
        this.parser = parser;
        this.breaks = breaks;
    }

    /**
     * @param ruleFr what the document broke, in French
     * @param ruleEn what the document broke, in English
     * @return the failure at the parser's current token
     */
    public UnreadableDocumentException here(String ruleFr, String ruleEn) {
        return at(parser.currentTokenLocation(), ruleFr, ruleEn);
    }

    /**
     * @param where  a place in the text
     * @param ruleFr what the document broke, in French
     * @param ruleEn what the document broke, in English
     * @return the failure there; the pointer is the parser's current one
     */
    public UnreadableDocumentException at(TokenStreamLocation where, String ruleFr, String ruleEn) {
        return new UnreadableDocumentException(source, Places.of(where, pointer(), breaks), ruleFr, ruleEn);
    }

    /**
     * @param where  a place in the text
     * @param ruleFr what the document broke, in French
     * @param ruleEn what the document broke, in English
     * @return the failure at the root of the document
     */
    public UnreadableDocumentException atRoot(TokenStreamLocation where, String ruleFr, String ruleEn) {
        return new UnreadableDocumentException(source, Places.of(where, JsonPointer.empty(), breaks), ruleFr, ruleEn);
    }

    /** @return the failure of a document whose bytes are not UTF-8 */
    public UnreadableDocumentException notUtf8() {
        return at(parser.currentLocation(), NOT_UTF8_FR, NOT_UTF8);
    }

    /**
     * @param e what Jackson threw while reading
     * @return the same problem, as the domain says it
     * @throws IOException the failure of the stream itself, when that is the cause (Jackson wraps it
     *                     once or twice, and the ports promise the {@link IOException})
     */
    public UnreadableDocumentException fromReading(JacksonException e) throws IOException {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return notUtf8();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
        }
        return from(e);
    }

    /**
     * @param e what Jackson reported
     * @return the same problem, as the domain says it; the parser's own words on the text stay as
     *         it wrote them (in English), after a French or English frame
     */
    public UnreadableDocumentException from(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            return limit(e);
        }
        if (e instanceof InputCoercionException coercion) { // a number too large for its type
            Class<?> target = coercion.getTargetType();
            boolean isInt = target == Integer.class || target == int.class;
            return mismatch(target, isInt ? " de " + Integer.MIN_VALUE + " à " + Integer.MAX_VALUE : "",
                    isInt ? " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE : "");
        }
        if (e instanceof StreamReadException) {
            String message = ParserWords.plain(e.getOriginalMessage());
            TokenStreamLocation where = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
            if (message.startsWith("Duplicate Object property")) {
                String name = message.substring("Duplicate Object property".length()).trim();
                return at(where, "propriété en double : " + name + " figure deux fois dans le même objet",
                        "duplicate property: " + name + " appears twice in the same object");
            }
            return at(where, "JSON mal formé : " + message, "not well-formed JSON: " + message);
        }
        if (e instanceof MismatchedInputException mismatch) { // InvalidFormatException too
            return mismatch(mismatch.getTargetType(), "", "");
        }
        String plain = ParserWords.plain(e.getOriginalMessage());
        return here("illisible : " + plain, "cannot be read: " + plain);
    }

    /**
     * A value of the wrong JSON type ({@code "three"} for a number) or of the right type but not
     * allowed ({@code 4.5} for a whole number, {@code "PANNEL"} for a session type).
     */
    private UnreadableDocumentException mismatch(Class<?> target, String rangeFr, String rangeEn) {
        boolean sameShape = shape(target).equals(shape(parser.currentToken()));
        boolean isEnum = target != null && target.isEnum();
        String whatFr = sameShape ? (isEnum ? "valeur inconnue" : "valeur erronée") : "type erroné";
        String whatEn = sameShape ? (isEnum ? "unknown value" : "wrong value") : "wrong type";
        return here(whatFr + " pour " + subject(true) + " : attendu " + expected(target, true) + rangeFr + ", trouvé "
                + found(true), whatEn + " for " + subject(false) + ": expected " + expected(target, false) + rangeEn
                + ", found " + found(false));
    }

    private static String shape(Class<?> type) {
        if (type == null) {
            return "?";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "object";
        }
        return "string"; // strings, enums, dates and times
    }

    private static String shape(JsonToken token) {
        if (token == null) {
            return "none";
        }
        return switch (token) {
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case START_ARRAY -> "array";
            case START_OBJECT -> "object";
            case VALUE_STRING -> "string";
            default -> token.name();
        };
    }

    private UnreadableDocumentException limit(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return here("imbrication trop profonde : objets et tableaux s'imbriquent sur " + limits.maxNestingDepth()
                    + " niveaux au plus", "too deeply nested: objects and arrays may be nested "
                    + limits.maxNestingDepth() + " levels deep at most");
        }
        if (message.startsWith("String value length")) {
            return here("chaîne trop longue : une chaîne a au plus " + ReadLimits.describeLength(limits.maxStringLength(),
                    true), "string too long: a single string may have "
                    + ReadLimits.describeLength(limits.maxStringLength(), false) + " at most");
        }
        if (message.startsWith("Document length")) {
            return at(parser.currentLocation(), "document trop long : un document a au plus "
                    + ReadLimits.describeLength(limits.maxDocumentLength(), true), "document too long: a document may have "
                    + ReadLimits.describeLength(limits.maxDocumentLength(), false) + " at most");
        }
        int cut = message.indexOf(", from `");
        String limit = cut < 0 ? message : message.substring(0, cut) + ")";
        return here("au-delà d'une limite du lecteur : " + limit, "over a limit of the reader: " + limit);
    }

    private JsonPointer pointer() {
        return parser.streamReadContext() == null ? JsonPointer.empty() : parser.streamReadContext().pathAsPointer();
    }

    /** @return the value at the parser, for a message: {@code "number"}, or {@code an element of "languages"} */
    private String subject(boolean french) {
        String path = pointer().toString();
        String[] segments = path.split("/", -1);
        String last = segments.length == 0 ? "" : segments[segments.length - 1];
        if (!last.isEmpty() && last.chars().allMatch(Character::isDigit) && segments.length > 1) {
            String list = "\"" + unescape(segments[segments.length - 2]) + "\"";
            return french ? "un élément de " + list : "an element of " + list;
        }
        return last.isEmpty() ? (french ? "le document" : "the document")
                : "\"" + Places.abbreviate(unescape(last)) + "\"";
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    /** @return what the parser stands on, in English: {@code the string "three"}, {@code an array} */
    public String found() {
        return found(false);
    }

    /**
     * @param french whether in French
     * @return what the parser stands on, for a message: {@code la chaîne "three"} / {@code the string "three"}
     */
    public String found(boolean french) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return french ? "rien" : "nothing";
        }
        try {
            return switch (token) {
                case VALUE_STRING -> (french ? "la chaîne \"" : "the string \"") + Places.abbreviate(parser.getString())
                        + "\"";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> (french ? "le nombre " : "the number ")
                        + Places.abbreviate(parser.getString());
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                case VALUE_NULL -> "null";
                case START_OBJECT -> french ? "un objet" : "an object";
                case START_ARRAY -> french ? "un tableau" : "an array";
                case PROPERTY_NAME -> (french ? "la propriété \"" : "the property \"")
                        + Places.abbreviate(parser.currentName()) + "\"";
                default -> french ? "la fin d'un objet ou d'un tableau" : "the end of an object or array";
            };
        } catch (JacksonException unreadable) {
            return french ? "une valeur illisible" : "a value that cannot be read";
        }
    }

    /**
     * @param type   a Java type the drafts use
     * @param french whether in French
     * @return what a JSON value of that type looks like, never the type's Java name
     */
    static String expected(Class<?> type, boolean french) {
        if (type == null) {
            return french ? "une autre sorte de valeur" : "another kind of value";
        }
        if (type.isEnum()) {
            return (french ? "l'une des valeurs " : "one of ") + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return french ? "une chaîne" : "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return french ? "un nombre entier" : "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return french ? "true ou false" : "true or false";
        }
        if (type == LocalDate.class) {
            return french ? "une date en chaîne, telle que \"2026-11-24\"" : "a date as a string such as \"2026-11-24\"";
        }
        if (type == LocalDateTime.class) {
            return french ? "une date et une heure en chaîne, telles que \"2026-11-24T09:30:00\""
                    : "a date and time as a string such as \"2026-11-24T09:30:00\"";
        }
        if (type == Instant.class) {
            return french ? "un instant UTC en chaîne, tel que \"2026-11-20T08:00:00Z\""
                    : "an instant in UTC as a string such as \"2026-11-20T08:00:00Z\"";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return french ? "un tableau" : "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return french ? "un objet" : "an object";
        }
        return french ? "une valeur d'une autre sorte" : "a value of another kind";
    }
}
