package org.digitalweek.event.export.frab;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's streaming writer: one element a line, two spaces a level, {@code "\n"}
 * line ends, and text cleared of the characters XML 1.0 cannot hold (most control characters, lone
 * surrogates), each replaced by U+FFFD, so hostile text can never make the document ill-formed.
 */
final class IndentedXml {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter xml;
    private int depth;
    private boolean inline;

    private IndentedXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /**
     * @param out where to write, in UTF-8; left open
     * @return a writer that has written the XML declaration
     * @throws XMLStreamException when the writer cannot start
     */
    static IndentedXml start(OutputStream out) throws XMLStreamException {
        IndentedXml writer = new IndentedXml(FACTORY.createXMLStreamWriter(out, "UTF-8"));
        writer.xml.writeStartDocument("UTF-8", "1.0");
        return writer;
    }

    void open(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        depth++;
        inline = true;
    }

    void attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, clean(value));
    }

    void text(String text) throws XMLStreamException {
        xml.writeCharacters(clean(text));
        inline = true;
    }

    void close() throws XMLStreamException {
        depth--;
        if (!inline) {
            newLine();
        }
        xml.writeEndElement();
        inline = false;
    }

    void element(String name, String text) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
        inline = false;
    }

    void empty(String name) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(name);
        inline = false;
    }

    void finish() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * @param text any text
     * @return the text with every character that XML 1.0 does not allow replaced by U+FFFD
     */
    static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            clean.appendCodePoint(allowed ? c : 0xFFFD);
            i += Character.charCount(c);
        }
        return clean.toString();
    }
}
