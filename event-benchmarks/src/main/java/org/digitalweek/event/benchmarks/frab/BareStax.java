package org.digitalweek.event.benchmarks.frab;

import java.io.ByteArrayInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The limit of an XML import: one pass of the JDK's StAX parser over a document, configured as the
 * {@code frab-xml} importer configures it (no DTD, no external entity, not coalescing), that makes a
 * string of every text and every attribute value and does nothing else with them.
 */
public final class BareStax {

    private BareStax() {
    }

    /**
     * @param document an XML document
     * @return the number of characters of text and attribute values in it
     * @throws XMLStreamException when it is not well-formed
     */
    public static long pass(byte[] document) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(document));
        long characters = 0;
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    characters += reader.getText().length();
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        characters += reader.getAttributeValue(i).length();
                    }
                }
            }
        } finally {
            reader.close();
        }
        return characters;
    }
}
