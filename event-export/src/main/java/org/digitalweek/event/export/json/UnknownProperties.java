package org.digitalweek.event.export.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Skips a property that the draft records do not have and reports it: a newer writer may add
 * properties, and an older reader keeps what it understands without hiding what it dropped.
 */
final class UnknownProperties extends DeserializationProblemHandler {

    private final LocatingParser document;
    private final Warnings warnings;

    /**
     * @param document the parser of the whole document, which knows where names stand
     * @param warnings where to report
     */
    UnknownProperties(LocatingParser document, Warnings warnings) {
        this.document = document;
        this.warnings = warnings;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) {
        // Records buffer their unknown properties and replay them once their object is closed: then
        // the document's parser stands on that object's end, and p is a replay without locations.
        boolean stillInside = p == document;
        JsonPointer pointer = stillInside ? document.streamReadContext().pathAsPointer()
                : document.streamReadContext().pathAsPointer().appendProperty(propertyName);
        warnings.unknownProperty(propertyName, pointer,
                document.propertyLocation(propertyName, stillInside).orElse(document.currentTokenLocation()));
        p.skipChildren();
        return true;
    }
}
