package org.digitalweek.event.http;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.draft.MandateDraft;
import org.digitalweek.event.domain.draft.ParticipantDraft;
import org.digitalweek.event.domain.draft.SlotDraft;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.model.ParticipantRole;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON bodies of the writes, read by hand from Jackson's tree into the domain's drafts: a
 * member the write does not know, a value of the wrong type or a date that is not one is refused
 * as invalid input with the member's path, never with a parser's message or a class name. The
 * domain then validates the command it is given, as for every other caller.
 */
final class WriteBodies {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private WriteBodies() {
    }

    /**
     * The body of a move.
     *
     * @param slot the new time
     * @param room the new room, or null to keep it
     */
    record Move(SlotDraft slot, String room) {
    }

    /**
     * @param body the request body
     * @return the move it asks for
     * @throws InvalidInputException when it is not {@code {"start","end","room"?}}
     */
    static Move move(byte[] body) {
        Reader reader = new Reader("le déplacement", "the move", body, Set.of("start", "end", "room"));
        LocalDateTime start = reader.dateTime("start");
        LocalDateTime end = reader.dateTime("end");
        String room = reader.optionalText("room");
        reader.finish();
        return new Move(new SlotDraft(start, end), room);
    }

    /**
     * @param body the request body
     * @return the participant it assigns
     * @throws InvalidInputException when it is not {@code {"official","role","onBehalfOf"?}}
     */
    static ParticipantDraft participant(byte[] body) {
        Reader reader = new Reader("l'affectation", "the assignment", body, Set.of("official", "role", "onBehalfOf"));
        String official = reader.text("official");
        ParticipantRole role = reader.role("role");
        MandateDraft mandate = reader.mandate("onBehalfOf");
        reader.finish();
        return new ParticipantDraft(official, role, mandate);
    }

    /**
     * @param body the request body, possibly empty
     * @return the release's label, or null for its number
     * @throws InvalidInputException when it is neither empty nor {@code {"label"?}}
     */
    static String releaseLabel(byte[] body) {
        if (blank(body)) {
            return null;
        }
        Reader reader = new Reader("la publication", "the publication", body, Set.of("label"));
        String label = reader.optionalText("label");
        reader.finish();
        return label;
    }

    /**
     * @param body the request body, possibly empty
     * @throws InvalidInputException when it is neither empty nor {@code {}}, whatever its media type
     */
    static void nothing(byte[] body) {
        if (!blank(body)) {
            new Reader("l'annulation", "the cancellation", body, Set.of()).finish();
        }
    }

    /**
     * @param body a request body
     * @return whether it holds nothing but white space
     */
    static boolean blank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Reads one body's members, gathering every problem before refusing. */
    private static final class Reader {

        private final String inputFr;
        private final String inputEn;
        private final JsonNode root;
        private final List<Violation> violations = new ArrayList<>();

        Reader(String inputFr, String inputEn, byte[] body, Set<String> members) {
            this.inputFr = inputFr;
            this.inputEn = inputEn;
            this.root = parse(body);
            if (root == null) {
                finish();
            }
            if (!root.isObject()) {
                refuse("", "JsonObject", "le corps doit être un objet JSON { … }",
                        "the body must be a JSON object { … }");
                finish();
            }
            for (String name : root.propertyNames()) {
                if (!members.contains(name)) {
                    String known = members.isEmpty() ? "aucun" : members.stream().sorted().collect(Collectors.joining(", "));
                    String knownEn = members.isEmpty() ? "none" : known;
                    refuse(name, "UnknownMember", "membre inconnu ; membres acceptés : " + known,
                            "unknown member; accepted members: " + knownEn);
                }
            }
        }

        /** @return the body's tree, or null when it is not well-formed JSON (the violation noted) */
        private JsonNode parse(byte[] body) {
            try {
                return STRICT.readTree(body);
            } catch (JacksonException e) {
                refuse("", "Json", "le corps n'est pas du JSON bien formé (ligne " + line(e) + ")",
                        "the body is not well-formed JSON (line " + line(e) + ")");
                return null;
            }
        }

        private static int line(JacksonException e) {
            return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        }

        void refuse(String path, String rule, String fr, String en) {
            violations.add(new Violation(path, rule, fr, en));
        }

        private JsonNode member(String name) {
            JsonNode node = root.get(name);
            return node == null || node.isNull() ? null : node;
        }

        String text(String name) {
            String text = optionalText(name);
            if (text == null && member(name) == null) {
                refuse(name, "NotNull", "obligatoire", "required");
            }
            return text;
        }

        String optionalText(String name) {
            JsonNode node = member(name);
            if (node == null) {
                return null;
            }
            if (!node.isString()) {
                refuse(name, "Type", "doit être une chaîne de caractères", "must be a string");
                return null;
            }
            return node.asString();
        }

        LocalDateTime dateTime(String name) {
            String text = text(name);
            if (text == null) {
                return null;
            }
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                refuse(name, "LocalDateTime",
                        "doit être une date et une heure locales, comme 2026-01-28T10:00 (fuseau de l'édition)",
                        "must be a local date and time, such as 2026-01-28T10:00 (the edition's time zone)");
                return null;
            }
        }

        ParticipantRole role(String name) {
            String text = text(name);
            if (text == null) {
                return null;
            }
            for (ParticipantRole role : ParticipantRole.values()) {
                if (role.name().equalsIgnoreCase(text.strip())) {
                    return role;
                }
            }
            refuse(name, "OneOf", "doit être l'un de : " + roles("fr"), "must be one of: " + roles("en"));
            return null;
        }

        private static String roles(String language) {
            return Arrays.stream(ParticipantRole.values())
                    .map(r -> r.name() + " (" + r.displayName(language) + ")").collect(Collectors.joining(", "));
        }

        MandateDraft mandate(String name) {
            JsonNode node = member(name);
            if (node == null) {
                return null;
            }
            if (!node.isObject()) {
                refuse(name, "Type", "doit être un objet { \"authority\": {…}, \"precedence\": n }",
                        "must be an object { \"authority\": {…}, \"precedence\": n }");
                return null;
            }
            Map<String, String> authority = new LinkedHashMap<>();
            for (String member : node.propertyNames()) {
                if (!member.equals("authority") && !member.equals("precedence")) {
                    refuse(name + "." + member, "UnknownMember", "membre inconnu ; membres acceptés : authority, "
                            + "precedence", "unknown member; accepted members: authority, precedence");
                }
            }
            JsonNode texts = node.get("authority");
            if (texts == null || !texts.isObject()) {
                refuse(name + ".authority", "Type", "doit être un objet de textes par langue, comme {\"fr\": \"…\"}",
                        "must be an object of texts by language, such as {\"en\": \"…\"}");
            } else {
                for (String language : texts.propertyNames()) {
                    JsonNode text = texts.get(language);
                    if (text.isString()) {
                        authority.put(language, text.asString());
                    } else {
                        refuse(name + ".authority." + language, "Type", "doit être une chaîne de caractères",
                                "must be a string");
                    }
                }
            }
            JsonNode precedence = node.get("precedence");
            Integer rank = null;
            if (precedence == null || !precedence.isIntegralNumber() || !precedence.canConvertToInt()) {
                refuse(name + ".precedence", "Type", "doit être un nombre entier", "must be a whole number");
            } else {
                rank = precedence.asInt();
            }
            return new MandateDraft(authority, rank);
        }

        void finish() {
            if (!violations.isEmpty()) {
                throw new InvalidInputException(inputFr, inputEn, violations);
            }
        }
    }
}
