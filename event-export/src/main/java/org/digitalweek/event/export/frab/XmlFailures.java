package org.digitalweek.event.export.frab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.export.schedule.LineBreaks;
import org.digitalweek.event.export.schedule.Problems;

/**
 * Turns what stopped the reading of one document into an {@link UnreadableDocumentException} that
 * names the place ({@code line 12, column 7}) and the broken rule in French and in English, after every
 * problem met before it. The parser's own text may follow a plain prefix; its layout
 * ({@code ParseError at [row,col]}) and its types never reach the caller.
 */
final class XmlFailures {

    /** The JDK's limits, as its messages name them ({@code JAXP00010006: …}). */
    private static final Pattern JDK_LIMIT = Pattern.compile("JAXP(\\d+):\\s*(.*)", Pattern.DOTALL);
    private static final Pattern LAYOUT = Pattern.compile("(?s)^ParseError at \\[row,col]:\\[-?\\d+,-?\\d+]\\s*Message:\\s*");

    /** A parser's message key instead of its text: {@code http://…#AttributeNotUnique?schedule&x}. */
    private static final Pattern MESSAGE_KEY = Pattern.compile("https?://\\S+#(\\w+)\\?(.*)");

    /** The rule broken by a document cut short, in English. */
    static final String TRUNCATED = "truncated: the document ends before its elements are closed";
    /** The same, in French. */
    static final String TRUNCATED_FR = "tronqué : le document s'arrête avant que ses éléments soient fermés";

    private final Problems problems;
    private final XmlLimits limits;
    private final DocumentChars chars;

    /**
     * @param problems the problems met so far, reported with the failure
     * @param limits   the limits in force
     * @param chars    the document's characters, which know whether the bytes stopped the reading
     */
    XmlFailures(Problems problems, XmlLimits limits, DocumentChars chars) {
        this.problems = problems;
        this.limits = limits;
        this.chars = chars;
    }

    /**
     * @param place  where
     * @param ruleFr what the document broke, in French
     * @param ruleEn what the document broke, in English
     * @return the failure there, with every problem met before it
     */
    UnreadableDocumentException at(DocumentPlace place, String ruleFr, String ruleEn) {
        return problems.fatal(place, ruleFr, ruleEn);
    }

    /**
     * @param place where the element too deep starts
     * @return the failure of a document nested deeper than the limit
     */
    UnreadableDocumentException tooDeep(DocumentPlace place) {
        return at(place, "imbrication trop profonde : les éléments s'imbriquent sur " + limits.maxDepth()
                + " niveaux au plus", "too deeply nested: elements may be nested " + limits.maxDepth()
                + " levels deep at most");
    }

    /**
     * @param place where the value starts
     * @param where whose value it is, e.g. {@code <title>}
     * @return the failure of a text or attribute value longer than the limit
     */
    UnreadableDocumentException tooLongText(DocumentPlace place, String where) {
        return at(place, "texte trop long dans " + where + " : un texte a au plus "
                + XmlLimits.describeFr(limits.maxTextLength(), "caractères"), "text too long in " + where
                + ": a single text value may have " + XmlLimits.describe(limits.maxTextLength(), "characters")
                + " at most");
    }

    /**
     * @param e    what the parser reported
     * @param last where the last event the reader saw ended, for failures the parser does not place
     * @return the same failure, as the domain says it
     * @throws UncheckedIOException when the document's stream failed rather than the document
     */
    UnreadableDocumentException of(XMLStreamException e, DocumentPlace last) {
        if (!chars.tooLong() && !chars.badBytes() && e.getNestedException() instanceof IOException failed) {
            throw new UncheckedIOException(failed); // the stream failed, not the document
        }
        DocumentPlace place = e.getLocation() == null ? last : place(e.getLocation());
        if (chars.tooLong()) {
            return at(place, "document trop long : un schedule.xml a au plus "
                    + XmlLimits.describeFr(limits.maxDocumentBytes(), "octets"), "document too long: a schedule.xml"
                    + " may have " + XmlLimits.describe(limits.maxDocumentBytes(), "bytes") + " at most");
        }
        if (chars.badBytes()) {
            String name = chars.charset().equals(StandardCharsets.UTF_8) ? "UTF-8" : chars.charset().name();
            return at(place, "pas en " + name + " : le texte, à partir d'ici environ, a des octets qui ne sont pas"
                    + " de l'" + name + " ; enregistrez le document en UTF-8", "not " + name + ": the text from about"
                    + " this place has bytes that are not " + name + "; save the document as UTF-8");
        }
        String message = LAYOUT.matcher(String.valueOf(e.getMessage())).replaceFirst("").strip();
        if (message.startsWith("Premature end of file")) { // before the root element
            return chars.count() == 0 ? at(place, "document vide : un schedule.xml a un élément <schedule>",
                    "empty document: a schedule.xml has a <schedule> element")
                    : at(place, "aucun élément : le document s'arrête avant son élément <schedule>",
                    "no element: the document ends before its <schedule> element");
        }
        if (message.startsWith("XML document structures must")) {
            return at(place, TRUNCATED_FR, TRUNCATED);
        }
        Matcher limit = JDK_LIMIT.matcher(message);
        if (limit.matches()) {
            return jdkLimit(place, limit.group(1), limit.group(2));
        }
        Matcher key = MESSAGE_KEY.matcher(message);
        if (key.matches()) {
            String[] names = key.group(2).split("&", -1);
            if (key.group(1).equals("AttributeNotUnique") && names.length == 2) {
                return at(place, "XML mal formé : l'attribut « " + names[1] + " » apparaît deux fois dans l'élément <"
                        + names[0] + ">", "not well-formed XML: attribute \"" + names[1] + "\" appears twice in"
                        + " element <" + names[0] + ">");
            }
            String words = keyInWords(key.group(1), key.group(2));
            return at(place, "XML mal formé : " + words, "not well-formed XML: " + words);
        }
        return at(place, "XML mal formé : " + message, "not well-formed XML: " + message);
    }

    /**
     * The parser names some failures by a key of its own when it has no text for them:
     * {@code http://www.w3.org/TR/1999/REC-xml-names-19990114#AttributeNotUnique?schedule&x}. A key
     * with no wording of ours is shown as the parser's words, the same in both languages.
     */
    private static String keyInWords(String key, String arguments) {
        String[] names = arguments.split("&", -1);
        String words = key.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return words + (arguments.isEmpty() ? "" : " (" + String.join(", ", names) + ")");
    }

    private UnreadableDocumentException jdkLimit(DocumentPlace place, String code, String text) {
        return switch (code) {
            case "00010002" -> at(place, "trop d'attributs : un élément a au plus " + SecureStax.MAX_ATTRIBUTES
                    + " attributs", "too many attributes: an element may have " + SecureStax.MAX_ATTRIBUTES
                    + " attributes at most");
            case "00010005" -> at(place, "nom trop long : le nom d'un élément ou d'un attribut a au plus "
                    + SecureStax.MAX_NAME + " caractères", "name too long: names of elements and attributes may have "
                    + SecureStax.MAX_NAME + " characters at most");
            case "00010006" -> tooDeep(place);
            default -> at(place, "au-delà d'une limite du lecteur XML : " + text, "over a limit of the XML reader: "
                    + text);
        };
    }

    /**
     * @param at a place in the text, as the parser counts lines
     * @return it for people: {@code line 12, column 7}, as an editor counts lines
     */
    DocumentPlace place(Location at) {
        return at == null || at.getLineNumber() < 1 ? new DocumentPlace("une ligne inconnue", "an unknown line")
                : place(at.getLineNumber(), at.getColumnNumber());
    }

    /** @return whether a place written later reads as it would now ({@link LineBreaks#settled()}) */
    boolean linesSettled() {
        return chars.lines().settled();
    }

    /**
     * @param line   a line, as the parser counts lines
     * @param column a column on it, as the parser counts
     * @return the place for people, as an editor counts lines and columns ({@link DocumentChars#lines()})
     */
    DocumentPlace place(int line, int column) {
        return chars.lines().place(line, column);
    }
}
