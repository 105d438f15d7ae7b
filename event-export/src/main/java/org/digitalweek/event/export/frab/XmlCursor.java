package org.digitalweek.event.export.frab;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.function.Supplier;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.export.schedule.LineBreaks;
import org.digitalweek.event.export.schedule.TypedText;

/**
 * Walks a document element by element, one at a time, enforcing the limits on nesting and on the
 * length of texts as it goes, so that a hostile document fails early and never fills the memory.
 * A DTD fails at once. Every failure names the place.
 *
 * <p>Texts and attribute values come cleared of the characters no one types ({@link TypedText}),
 * each repair placed at the event being read ({@link #within}) and the element's line.
 *
 * <p>The reader stands on an element's start. {@link #nextChild()} moves to its next child element
 * (or past its end); {@link #text()} and {@link #skip()} consume the element whole.
 */
final class XmlCursor {

    /** An element whose end is not read yet, and where it starts, as the parser counts lines. */
    private record Open(String name, int line, int column) {
    }

    private static final Open DOCUMENT = new Open("", 1, 1);

    private final XMLStreamReader xml;
    private final XmlLimits limits;
    private final XmlFailures failures;
    private final Leftovers leftovers;
    private final TypedText typed;
    private final Deque<Open> open = new ArrayDeque<>();
    private final StringBuilder pieces = new StringBuilder(); // a text that came in several parser events
    private int line = 1; // where the last event ended, so where the next one starts
    private int column = 1;
    private boolean afterText;
    private int eventLine = 1; // where the last event started
    private int eventColumn = 1;
    private DocumentPlace owner; // what the texts read belong to, for repairs: event 11795; null for the element

    /**
     * @param xml       the parser
     * @param limits    the limits in force
     * @param failures  makes the failures
     * @param leftovers where text between elements is reported
     * @param typed     clears texts of the characters no one types, and says so
     */
    XmlCursor(XMLStreamReader xml, XmlLimits limits, XmlFailures failures, Leftovers leftovers, TypedText typed) {
        this.xml = xml;
        this.limits = limits;
        this.failures = failures;
        this.leftovers = leftovers;
        this.typed = typed;
        moveTo(xml.getLocation()); // past the XML declaration, read when the parser opened
    }

    /**
     * @param label what the texts read from now on belong to, for the places of repairs
     *              ({@code event 11795}); null for the element that holds each
     */
    void within(DocumentPlace label) {
        this.owner = label;
    }

    /** @return the local name of the element the cursor stands on */
    String name() {
        return current().name();
    }

    /** @return where the element the cursor stands on starts: {@code line 12, column 5} */
    DocumentPlace place() {
        return place(current());
    }

    /**
     * @return where the element the cursor stands on starts, written as text only if a message asks
     *         for it: most places are never shown
     */
    Supplier<DocumentPlace> placeLater() {
        Open element = current();
        return later(element.line(), element.column());
    }

    /** @return where an element starts, as messages say it */
    private DocumentPlace place(Open element) {
        return at(element.line(), element.column());
    }

    private Open current() {
        return open.isEmpty() ? DOCUMENT : open.peek();
    }

    /**
     * Moves to the root element.
     *
     * @return its local name
     */
    String root() {
        for (int event = next(); event != XMLStreamConstants.START_ELEMENT; event = next()) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw failures.at(eventStart(), "aucun élément : un schedule.xml a un élément <schedule>",
                        "no element: a schedule.xml has a <schedule> element");
            }
        }
        return name();
    }

    /**
     * @return whether a child element of the current element starts (the cursor stands on it), or
     *         the current element ended (the cursor stands on its parent again)
     */
    boolean nextChild() {
        String parent = name();
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (isText(event)) {
                skipText(parent);
            }
        }
    }

    /**
     * @param attribute an attribute's local name
     * @return its value on the current element, or null
     */
    String attribute(String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value != null && value.length() > limits.maxTextLength()) {
            throw failures.tooLongText(place(), "attribute " + attribute + " of <" + name() + ">");
        }
        Open element = current();
        return typed.repaired(value, () -> placeOfText(element));
    }

    /**
     * Says which attributes of the current element the model does not keep.
     *
     * @param kept  the attributes that are read
     * @param place where, for the warning
     */
    void attributesNotKept(Set<String> kept, Supplier<DocumentPlace> place) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i);
            if (!kept.contains(attribute)) {
                leftovers.attributeNotKept(attribute, name(), place);
            }
        }
    }

    /**
     * Skips the current element, and says so: an element of the format that the model does not keep
     * when it held something, any other element always.
     *
     * @param notKept the elements of the format at this place that the model has no place for
     * @param place   where, for the warning
     */
    void skipLeftover(Set<String> notKept, Supplier<DocumentPlace> place) {
        String element = name();
        String parent = open.stream().skip(1).findFirst().map(Open::name).orElse("");
        boolean held = skip();
        if (!notKept.contains(element)) {
            leftovers.unknown(element, parent, place);
        } else if (held) {
            leftovers.notKept(element, place);
        }
    }

    /**
     * Reads the current element's text, to its end; markup inside it is skipped and reported.
     *
     * @return the text, possibly empty
     */
    String text() {
        Open opened = current(); // its place is written only if a message needs it
        String element = opened.name();
        String first = null; // a text of one parser event, taken whole, as most are
        boolean more = false; // whether pieces were gathered in the buffer
        boolean clean = true; // whether every piece surely holds only characters people type
        int length = 0;
        while (true) {
            int event = next();
            if (isText(event)) {
                length += xml.getTextLength();
                if (length > limits.maxTextLength()) {
                    throw failures.tooLongText(place(opened), "<" + element + ">");
                }
                clean &= TypedText.surelyClean(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                if (first == null && !more) {
                    first = xml.getText();
                    continue;
                }
                if (!more) {
                    more = true;
                    pieces.setLength(0);
                    pieces.append(first);
                }
                pieces.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                leftovers.markupInText(name(), element, placeLater());
                skip();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String text = more ? pieces.toString() : first == null ? "" : first;
                return clean ? text : typed.repaired(text, () -> placeOfText(opened));
            }
        }
    }

    /** @return where a text of this element is, for a repair: {@code event 11795 (line 40, column 7)} */
    private DocumentPlace placeOfText(Open element) {
        return (owner == null ? DocumentPlace.same("<" + element.name() + ">") : owner).with(place(element));
    }

    /**
     * Skips the current element, to its end.
     *
     * @return whether it held anything: an attribute, text that is not blank, or an element
     */
    boolean skip() {
        boolean held = xml.getAttributeCount() > 0;
        int level = 1;
        while (level > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
                held = true;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
            } else if (isText(event)) {
                held |= !xml.isWhiteSpace();
            }
        }
        return held;
    }

    /** Reads what follows the root element, to the end of the document. */
    void finish() {
        while (next() != XMLStreamConstants.END_DOCUMENT) {
            // Comments and processing instructions only: anything else is not well-formed.
        }
    }

    /**
     * @param place where
     * @param ruleFr what the document broke, in French
     * @param ruleEn what the document broke, in English
     * @return the failure there, after every problem met before
     */
    UnreadableDocumentException failure(DocumentPlace place, String ruleFr, String ruleEn) {
        return failures.at(place, ruleFr, ruleEn);
    }

    private void skipText(String parent) {
        if (!xml.isWhiteSpace()) {
            leftovers.strayText(parent, later(eventLine, eventColumn));
        }
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    /** One event, with the limits and the refusal of DTDs; the parser's failures become the document's. */
    private int next() {
        int event;
        try {
            if (!xml.hasNext()) {
                throw failures.at(lastEnd(), XmlFailures.TRUNCATED_FR, XmlFailures.TRUNCATED);
            }
            event = xml.next();
        } catch (XMLStreamException e) {
            throw failures.of(e, lastEnd());
        }
        // After text, the parser has read the '<' that ended it: the element starts one column before.
        int startColumn = event == XMLStreamConstants.START_ELEMENT && afterText ? column - 1 : column;
        eventLine = line;
        eventColumn = Math.max(1, startColumn);
        afterText = isText(event);
        moveTo(xml.getLocation());
        if (open.isEmpty() && (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.DTD)) {
            eventLine = line; // the parser skips the spaces before them unsaid: placed where they end
            eventColumn = Math.max(1, column);
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
            open.push(new Open(xml.getLocalName(), eventLine, eventColumn));
            if (open.size() > limits.maxDepth()) {
                throw failures.tooDeep(eventStart());
            }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            open.pop();
        } else if (event == XMLStreamConstants.DTD) {
            throw failures.at(eventStart(), "DTD refusée : un schedule.xml n'a pas de <!DOCTYPE> ; retirez-le (ses"
                    + " entités et fichiers externes ne sont jamais lus)", "DTDs are not allowed: a schedule.xml has no"
                    + " <!DOCTYPE>; remove it (its entities and external files are never read)");
        }
        return event;
    }

    private void moveTo(Location at) {
        if (at != null && at.getLineNumber() > 0) {
            line = at.getLineNumber();
            column = at.getColumnNumber();
        }
    }

    private DocumentPlace lastEnd() {
        return at(line, Math.max(1, column));
    }

    private DocumentPlace eventStart() {
        return at(eventLine, eventColumn);
    }

    private DocumentPlace at(int line, int column) {
        return failures.place(line, column);
    }

    /**
     * A place written when asked. While no line feed has been read, a later one would change how
     * lines are counted ({@link LineBreaks#settled()}): the place is then written at once, as it reads now.
     */
    private Supplier<DocumentPlace> later(int line, int column) {
        if (!failures.linesSettled()) {
            DocumentPlace now = at(line, column);
            return () -> now;
        }
        return () -> at(line, column);
    }
}
