package org.digitalweek.event.export.frab;

import java.io.Reader;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The JDK's own streaming parser (never another implementation found on the class path), set up for
 * untrusted documents: no DTD is read, so no entity is declared, expanded or fetched, and no
 * external file is opened; the JDK's limits on nesting, attributes and names are set, nesting just
 * above the reader's own limit so that the reader's clearer message comes first.
 */
final class SecureStax {

    /** The most attributes an element may have: frab's have four. */
    static final int MAX_ATTRIBUTES = 100;

    /** The longest name of an element or attribute: the JDK's default. */
    static final int MAX_NAME = 1000;

    private SecureStax() {
    }

    /**
     * @param chars  the document's characters
     * @param limits the reader's limits
     * @return a parser over them, not coalescing, so that a long text comes in pieces the reader can count
     * @throws XMLStreamException when the parser cannot start, e.g. on an empty document
     */
    static XMLStreamReader open(Reader chars, XmlLimits limits) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // one per read: factories are not thread-safe
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty("jdk.xml.maxElementDepth", Integer.toString(limits.maxDepth() + 1));
        factory.setProperty("jdk.xml.elementAttributeLimit", Integer.toString(MAX_ATTRIBUTES));
        factory.setProperty("jdk.xml.maxXMLNameLimit", Integer.toString(MAX_NAME));
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not read: " + systemId);
        });
        return factory.createXMLStreamReader(chars);
    }
}
