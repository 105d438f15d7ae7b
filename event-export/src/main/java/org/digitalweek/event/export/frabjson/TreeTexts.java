package org.digitalweek.event.export.frabjson;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.export.jsonread.NodeLines;
import org.digitalweek.event.export.schedule.TypedText;

/**
 * Clears every string and member name of a schedule's tree of the characters no one types, before
 * it is read ({@link TypedText}): JSON carries U+007F (raw or escaped) and U+0080–U+009F, other readers take
 * them, and the domain would refuse the whole file for one of them. Each repair is placed at the
 * event that holds the text, by its id, and at the text's line: {@code event 11795 (line 40,
 * /schedule/events/3/description)}.
 */
final class TreeTexts {

    private final TypedText typed;
    private final NodeLines lines;
    private final BiFunction<JsonPointer, JsonNode, Optional<String>> events;

    /**
     * @param typed   repairs a text and says so
     * @param lines   where each node of the tree starts
     * @param events  what to call the object at a pointer when it is an event of the format
     *                ({@code event 11795}); empty for any other object
     */
    TreeTexts(TypedText typed, NodeLines lines, BiFunction<JsonPointer, JsonNode, Optional<String>> events) {
        this.typed = typed;
        this.lines = lines;
        this.events = events;
    }

    /** @param root the document's root object, repaired in place, in document order */
    void repair(JsonNode root) {
        Deque<Visit> pending = new ArrayDeque<>(); // a loop, not recursion: the nesting limit is the parser's
        pending.push(new Visit(root, JsonPointer.empty(), "document", null, null, -1));
        while (!pending.isEmpty()) {
            Visit visit = pending.pop();
            JsonNode node = visit.node();
            if (node.isString()) {
                JsonNode clean = repaired(node, visit.pointer(), visit.label());
                if (clean != node) {
                    visit.replaceBy(clean);
                }
            } else if (node instanceof ObjectNode object) {
                String label = events.apply(visit.pointer(), object).orElse(visit.label());
                renameMembers(object, visit.pointer(), label);
                List<Visit> members = new ArrayList<>();
                for (Map.Entry<String, JsonNode> member : object.properties()) {
                    members.add(new Visit(member.getValue(), visit.pointer().appendProperty(member.getKey()), label,
                            object, member.getKey(), -1));
                }
                Collections.reverse(members); // popped in document order
                members.forEach(pending::push);
            } else if (node instanceof ArrayNode array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    pending.push(new Visit(array.get(i), visit.pointer().appendIndex(i), visit.label(), array, null, i));
                }
            }
        }
    }

    /** Member names with characters no one types (a room's name, in {@code schedule.json}) repaired, in order. */
    private void renameMembers(ObjectNode object, JsonPointer pointer, String label) {
        if (object.propertyNames().stream().allMatch(TypedText::clean)) {
            return; // the usual case, without a copy
        }
        Map<String, JsonNode> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            String name = typed.repaired(member.getKey(), () -> place(label, object,
                    pointer.appendProperty(member.getKey())));
            members.putIfAbsent(name, member.getValue()); // two names the same once repaired: the first is kept
        }
        object.removeAll();
        members.forEach(object::set);
    }

    private JsonNode repaired(JsonNode text, JsonPointer at, String label) {
        String value = text.stringValue();
        String clean = typed.repaired(value, () -> place(label, text, at));
        return clean.equals(value) ? text : StringNode.valueOf(clean);
    }

    private DocumentPlace place(String label, JsonNode node, JsonPointer at) {
        return Fields.placeOf(label).with(lines.line(node).stream()
                .mapToObj(l -> new DocumentPlace("ligne " + l + ", " + at, "line " + l + ", " + at)).findFirst()
                .orElse(DocumentPlace.same(at.toString())));
    }

    /**
     * A node still to clear, with what holds it.
     *
     * @param node    the node
     * @param pointer where it is
     * @param label   what holds it, for places: {@code event 11795}, else {@code document}
     * @param parent  the object or array that holds it; null for the root
     * @param name    its member name, when its parent is an object
     * @param index   its index, when its parent is an array
     */
    private record Visit(JsonNode node, JsonPointer pointer, String label, JsonNode parent, String name, int index) {

        /** @param clean the node to put in its place */
        void replaceBy(JsonNode clean) {
            if (parent instanceof ObjectNode object) {
                object.set(name, clean);
            } else if (parent instanceof ArrayNode array) {
                array.set(index, clean);
            }
        }
    }
}
