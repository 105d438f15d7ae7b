package org.digitalweek.event.export.ics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.export.schedule.EntryPerson;

/**
 * Reads back what {@link ICalendarExporter} writes, so that a calendar this project exported comes
 * back with its sessions' ids, types, rooms and participants: the {@code UID}
 * {@code <session>@<edition>.digitalweek}; in a calendar with this project's {@code PRODID}, the
 * session type as the first category, the location {@code room, venue, city}, and the participants
 * paragraph of the description ({@code Participants :} then {@code - name (role)} lines).
 */
final class OwnCalendars {

    private static final Pattern UID = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._:-]*)@([A-Za-z0-9][A-Za-z0-9._:-]*)"
            + "\\.digitalweek");
    private static final Map<String, SessionType> TYPES = new HashMap<>();
    private static final Map<String, ParticipantRole> ROLES = new HashMap<>();
    private static final Pattern PERSON;

    static {
        for (CalendarWords words : CalendarWords.values()) {
            for (SessionType type : SessionType.values()) {
                TYPES.put(words.type(type), type);
            }
            for (ParticipantRole role : ParticipantRole.values()) {
                ROLES.put(words.role(role), role);
            }
        }
        String roles = ROLES.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String onBehalf = List.of(CalendarWords.values()).stream().map(w -> Pattern.quote(w.onBehalfOf()))
                .collect(Collectors.joining("|"));
        String marks = List.of(CalendarWords.values()).stream().map(w -> Pattern.quote(w.illustrative()))
                .collect(Collectors.joining("|"));
        PERSON = Pattern.compile("- (.+?) \\((" + roles + ")(?:, (?:" + onBehalf + ") (.+))?\\)(?: (?:" + marks
                + "))?");
    }

    /** A session's id and its edition's, from a {@code UID} this project wrote. */
    record Ids(String session, String edition) {
    }

    /** Where an event takes place: a room (or null), a venue and a city (or null). */
    record Place(String room, String venue, String city) {
    }

    /** The participants a description lists, the rest of it, and the mandates it names. */
    record People(List<EntryPerson> persons, String rest, List<String> mandates) {
    }

    private OwnCalendars() {
    }

    /**
     * @param productId a calendar's {@code PRODID}, or null
     * @return whether this project's exporter wrote the calendar
     */
    static boolean wrote(String productId) {
        return ICalendarExporter.PRODUCT_ID.equals(productId == null ? null : productId.strip());
    }

    /**
     * @param uid an event's {@code UID}
     * @return the ids in it, when this project wrote it
     */
    static Optional<Ids> ids(String uid) {
        Matcher m = uid == null ? null : UID.matcher(uid.strip());
        return m != null && m.matches() ? Optional.of(new Ids(m.group(1), m.group(2))) : Optional.empty();
    }

    /**
     * @param category a category, as written
     * @return the session type whose name it is, in French or English
     */
    static Optional<SessionType> type(String category) {
        return Optional.ofNullable(TYPES.get(category.strip()));
    }

    /**
     * @param category a category that names a type
     * @return the language the name is in ({@code fr} or {@code en}), if only one language uses it
     */
    static Optional<String> languageOf(String category) {
        List<String> languages = new ArrayList<>();
        for (CalendarWords words : CalendarWords.values()) {
            for (SessionType type : SessionType.values()) {
                if (words.type(type).equals(category.strip())) {
                    languages.add(words == CalendarWords.ENGLISH ? "en" : "fr");
                }
            }
        }
        return languages.size() == 1 ? Optional.of(languages.get(0)) : Optional.empty();
    }

    /**
     * @param location a {@code LOCATION}: {@code room, venue, city}, or the city alone; {@code room, venue}
     *                 when the city is not given (a room always has its venue, so two parts are never a city)
     * @return its parts
     */
    static Place place(String location) {
        String[] parts = location.split(", ");
        int n = parts.length;
        if (n == 1) {
            return new Place(null, null, parts[0].strip());
        }
        if (n == 2) {
            return new Place(parts[0].strip(), parts[1].strip(), null);
        }
        return new Place(String.join(", ", List.of(parts).subList(0, n - 2)).strip(), parts[n - 2].strip(),
                parts[n - 1].strip());
    }

    /**
     * @param description a {@code DESCRIPTION}
     * @return its participants, when its last paragraph but notes lists them; else none and the whole text
     */
    static People people(String description) {
        List<String> paragraphs = List.of(description.split("\n\n", -1));
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            String paragraph = paragraphs.get(i);
            if (!isNote(paragraph)) {
                return heading(paragraph) ? read(paragraphs, i) : new People(List.of(), description, List.of());
            }
        }
        return new People(List.of(), description, List.of());
    }

    private static People read(List<String> paragraphs, int at) {
        String[] lines = paragraphs.get(at).split("\n");
        List<EntryPerson> persons = new ArrayList<>();
        List<String> mandates = new ArrayList<>();
        for (String line : List.of(lines).subList(1, lines.length)) {
            Matcher m = PERSON.matcher(line);
            if (!m.matches()) {
                return new People(List.of(), String.join("\n\n", paragraphs), List.of());
            }
            String role = CalendarWords.ENGLISH.role(ROLES.get(m.group(2)));
            persons.add(new EntryPerson(null, m.group(1), role));
            if (m.group(3) != null) {
                mandates.add(m.group(3));
            }
        }
        List<String> rest = new ArrayList<>(paragraphs);
        rest.remove(at);
        return new People(persons, String.join("\n\n", rest), mandates);
    }

    private static boolean heading(String paragraph) {
        for (CalendarWords words : CalendarWords.values()) {
            if (paragraph.startsWith(words.participants() + "\n- ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNote(String paragraph) {
        for (CalendarWords words : CalendarWords.values()) {
            if (paragraph.startsWith(words.illustrative() + " ")) {
                return true;
            }
        }
        return false;
    }
}
