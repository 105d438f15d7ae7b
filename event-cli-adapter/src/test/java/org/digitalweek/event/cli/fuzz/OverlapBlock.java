package org.digitalweek.event.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 16's first attack as a seed: the seed document with its first session repeated thousands
 * of times under new ids, all in its room at its time, so that every pair of them overlaps (4.5
 * million pairs for 3,000 copies, in a 1 to 3 MB document). The checker must report each clash group
 * once.
 */
final class OverlapBlock {

    /** How many copies of the first session the document had. */
    static final int COPIES = 3_000;
    /** How many the fuzzing's document has: 125,000 pairs, and quick enough for its time limit on a cold start. */
    static final int FUZZED_COPIES = 500;

    private static final Pattern EVENT = Pattern.compile("(?s)<event\\b[^>]*>.*?</event>\\s*");
    private static final Pattern VEVENT = Pattern.compile("(?s)BEGIN:VEVENT\r\n.*?END:VEVENT\r\n");

    private OverlapBlock() {
    }

    /**
     * @param format the import format
     * @param seed   a valid document of that format
     * @param copies how many copies to add
     * @return the seed with that many more copies of its first session
     */
    static byte[] of(String format, String seed, int copies) {
        String text = switch (format) {
            case "frab-xml" -> repeated(seed, copies, EVENT, OverlapBlock::frabEvent);
            case "ics" -> repeated(seed, copies, VEVENT, (event, i) -> event.replaceFirst("UID:([^\r\n@]*)", "UID:$1-" + i));
            default -> json(seed, copies);
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private interface Copy {
        String of(String block, int number);
    }

    private static String repeated(String seed, int copies, Pattern block, Copy copy) {
        Matcher first = block.matcher(seed);
        if (!first.find()) {
            throw new IllegalArgumentException("the seed has no session to repeat");
        }
        StringBuilder text = new StringBuilder(seed.length() + copies * first.group().length() * 11 / 10);
        text.append(seed, 0, first.end());
        for (int i = 1; i <= copies; i++) {
            text.append(copy.of(first.group(), i));
        }
        return text.append(seed, first.end(), seed.length()).toString();
    }

    /** A frab event under a new id and guid (its opening tag only: persons keep theirs). */
    private static String frabEvent(String event, int number) {
        int tagEnd = event.indexOf('>');
        String tag = event.substring(0, tagEnd)
                .replaceFirst("\\bid=\"[^\"]*\"", "id=\"" + (900_000 + number) + "\"")
                .replaceFirst("\\bguid=\"[^\"]*\"", "guid=\"" + guid(number) + "\"");
        return tag + event.substring(tagEnd).replaceFirst("<slug>([^<]*)</slug>", "<slug>$1-" + number + "</slug>");
    }

    /** The first array of sessions in a JSON schedule: objects with a title. */
    private static String json(String seed, int copies) {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(seed);
        ArrayNode sessions = firstSessions(root);
        ObjectNode first = (ObjectNode) sessions.get(0);
        for (int i = 1; i <= copies; i++) {
            ObjectNode copy = first.deepCopy();
            copyIds(copy, i);
            sessions.add(copy);
        }
        return mapper.writeValueAsString(root);
    }

    private static ArrayNode firstSessions(JsonNode node) {
        if (node instanceof ArrayNode array && !array.isEmpty() && array.get(0).has("title")) {
            return array;
        }
        for (JsonNode child : node) {
            ArrayNode found = child.isContainer() ? firstSessions(child) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void copyIds(ObjectNode session, int number) {
        for (Map.Entry<String, JsonNode> field : List.copyOf(session.properties())) {
            switch (field.getKey()) {
                case "id" -> {
                    if (field.getValue().isNumber()) {
                        session.put("id", 900_000 + number);
                    } else {
                        session.put("id", field.getValue().asString() + "-" + number);
                    }
                }
                case "guid" -> session.put("guid", guid(number));
                case "slug", "code" -> session.put(field.getKey(), field.getValue().asString() + "-" + number);
                default -> {
                }
            }
        }
    }

    private static String guid(int number) {
        return String.format("00000000-0000-4000-8000-%012d", number);
    }
}
