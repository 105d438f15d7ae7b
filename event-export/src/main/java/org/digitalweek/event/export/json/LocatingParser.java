package org.digitalweek.event.export.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that remembers where each property name of the open objects, and of the object closed
 * last, stands in the text. Jackson reports the unknown properties of a record only once the
 * record's object is closed, from a buffer that has lost their line and column; this is where they
 * are found again. It keeps one small map per open object, so memory grows with depth, not size.
 */
final class LocatingParser extends JsonParserDelegate {

    private final Deque<Map<String, TokenStreamLocation>> open = new ArrayDeque<>();
    private Map<String, TokenStreamLocation> closed = Map.of();

    LocatingParser(JsonParser parser) {
        super(parser);
    }

    /**
     * @param name        a property name
     * @param stillInside whether the parser is at the property's value (else it just closed its object)
     * @return where the name starts, if it was seen
     */
    Optional<TokenStreamLocation> propertyLocation(String name, boolean stillInside) {
        if (!stillInside) {
            return Optional.ofNullable(closed.get(name));
        }
        Iterator<Map<String, TokenStreamLocation>> objects = open.iterator();
        if (currentToken() == JsonToken.START_OBJECT && objects.hasNext()) {
            objects.next(); // the value's own object
        }
        return objects.hasNext() ? Optional.ofNullable(objects.next().get(name)) : Optional.empty();
    }

    @Override
    public JsonToken nextToken() {
        return track(super.nextToken());
    }

    @Override
    public JsonToken nextValue() {
        JsonToken token = nextToken();
        return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
    }

    @Override
    public String nextName() {
        String name = super.nextName();
        track(currentToken());
        return name;
    }

    @Override
    public boolean nextName(SerializableString expected) {
        boolean matches = super.nextName(expected);
        track(currentToken());
        return matches;
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
        int match = super.nextNameMatch(matcher);
        track(currentToken());
        return match;
    }

    @Override
    public JsonParser skipChildren() {
        boolean object = currentToken() == JsonToken.START_OBJECT;
        super.skipChildren();
        if (object) { // its END_OBJECT went by unseen
            closed = open.isEmpty() ? Map.of() : open.pop();
        }
        return this;
    }

    private JsonToken track(JsonToken token) {
        if (token == JsonToken.START_OBJECT) {
            open.push(new HashMap<>());
        } else if (token == JsonToken.END_OBJECT) {
            closed = open.isEmpty() ? Map.of() : open.pop();
        } else if (token == JsonToken.PROPERTY_NAME && !open.isEmpty()) {
            open.peek().put(currentName(), currentTokenLocation());
        }
        return token;
    }
}
