package org.digitalweek.event.export.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.LinkDraft;
import org.digitalweek.event.domain.draft.MandateDraft;
import org.digitalweek.event.domain.draft.MinistryDraft;
import org.digitalweek.event.domain.draft.OfficialDraft;
import org.digitalweek.event.domain.draft.OriginDraft;
import org.digitalweek.event.domain.draft.ParticipantDraft;
import org.digitalweek.event.domain.draft.ParticipationDraft;
import org.digitalweek.event.domain.draft.RoomDraft;
import org.digitalweek.event.domain.draft.SeriesDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.draft.SlotDraft;
import org.digitalweek.event.domain.draft.SourceDraft;
import org.digitalweek.event.domain.draft.StatementDraft;
import org.digitalweek.event.domain.draft.ThemeDraft;
import org.digitalweek.event.domain.draft.TrackDraft;
import org.digitalweek.event.domain.draft.VenueDraft;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.IsoTimes;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;

/**
 * Reads the {@code edition} of a canonical document into drafts straight from the parser, the way
 * the record binding would, but only as long as there is nothing to say: at the first thing that
 * would be a warning or a failure (an unknown or repeated property, a value of another type, a
 * {@code null}, a string at the length limit) it gives up with {@link NotClean}, and the caller
 * reads the document again with places. So it never needs a message or a location.
 */
final class DraftParser {

    /** Thrown when the document has something to report; carries nothing, costs nothing. */
    static final class NotClean extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private NotClean() {
            super(null, null, false, false);
        }
    }

    static final NotClean NOT_CLEAN = new NotClean();

    private static final Map<String, SessionType> SESSION_TYPES = constants(SessionType.values());
    private static final Map<String, SessionStatus> SESSION_STATUSES = constants(SessionStatus.values());
    private static final Map<String, EditionStatus> EDITION_STATUSES = constants(EditionStatus.values());
    private static final Map<String, ParticipantRole> PARTICIPANT_ROLES = constants(ParticipantRole.values());
    private static final Map<String, ParticipationRole> PARTICIPATION_ROLES = constants(ParticipationRole.values());
    private static final Map<String, LinkKind> LINK_KINDS = constants(LinkKind.values());

    private final JsonParser p;
    private final int maxStringLength;

    /**
     * @param parser          the parser, standing on the edition's {@code START_OBJECT}
     * @param maxStringLength the longest string the slower reader accepts
     */
    DraftParser(JsonParser parser, int maxStringLength) {
        this.p = parser;
        this.maxStringLength = maxStringLength;
    }

    /** @return the edition the parser stands on; the parser is left on its {@code END_OBJECT} */
    EditionDraft edition() {
        require(JsonToken.START_OBJECT);
        String id = null;
        SeriesDraft series = null;
        Integer number = null;
        Map<String, String> title = null;
        ThemeDraft theme = null;
        LocalDate startDate = null;
        LocalDate endDate = null;
        String timeZone = null;
        String hostCity = null;
        String hostCountry = null;
        List<VenueDraft> venues = null;
        List<MinistryDraft> ministries = null;
        List<ParticipationDraft> participations = null;
        List<OfficialDraft> officials = null;
        List<SessionDraft> sessions = null;
        EditionStatus status = null;
        Instant publishedAt = null;
        Map<String, String> illustrativeNote = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "id" -> id = once(id, string());
                case "series" -> series = once(series, series());
                case "number" -> number = once(number, integer());
                case "title" -> title = once(title, texts());
                case "theme" -> theme = once(theme, theme());
                case "startDate" -> startDate = once(startDate, IsoTimes.localDate(string()));
                case "endDate" -> endDate = once(endDate, IsoTimes.localDate(string()));
                case "timeZone" -> timeZone = once(timeZone, string());
                case "hostCity" -> hostCity = once(hostCity, string());
                case "hostCountry" -> hostCountry = once(hostCountry, string());
                case "venues" -> venues = once(venues, list(this::venue));
                case "ministries" -> ministries = once(ministries, list(this::ministry));
                case "participations" -> participations = once(participations, list(this::participation));
                case "officials" -> officials = once(officials, list(this::official));
                case "sessions" -> sessions = once(sessions, list(this::session));
                case "status" -> status = once(status, constant(EDITION_STATUSES));
                case "publishedAt" -> publishedAt = once(publishedAt,
                        DateTimeFormatter.ISO_INSTANT.parse(string(), Instant::from));
                case "illustrativeNote" -> illustrativeNote = once(illustrativeNote, texts());
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new EditionDraft(id, series, number, title, theme, startDate, endDate, timeZone, hostCity, hostCountry,
                venues, ministries, participations, officials, sessions, status, publishedAt, illustrativeNote);
    }

    private SeriesDraft series() {
        require(JsonToken.START_OBJECT);
        String id = null;
        String hostCountry = null;
        Map<String, String> name = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "id" -> id = once(id, string());
                case "hostCountry" -> hostCountry = once(hostCountry, string());
                case "name" -> name = once(name, texts());
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new SeriesDraft(id, hostCountry, name);
    }

    private ThemeDraft theme() {
        require(JsonToken.START_OBJECT);
        Map<String, String> title = null;
        Map<String, String> description = null;
        List<TrackDraft> tracks = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "title" -> title = once(title, texts());
                case "description" -> description = once(description, texts());
                case "tracks" -> tracks = once(tracks, list(this::track));
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new ThemeDraft(title, description, tracks);
    }

    private TrackDraft track() {
        require(JsonToken.START_OBJECT);
        String id = null;
        Map<String, String> name = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "id" -> id = once(id, string());
                case "name" -> name = once(name, texts());
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new TrackDraft(id, name);
    }

    private VenueDraft venue() {
        require(JsonToken.START_OBJECT);
        String id = null;
        Map<String, String> name = null;
        String shortName = null;
        String city = null;
        String country = null;
        List<RoomDraft> rooms = null;
        Map<String, String> illustrativeNote = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "id" -> id = once(id, string());
                case "name" -> name = once(name, texts());
                case "shortName" -> shortName = once(shortName, string());
                case "city" -> city = once(city, string());
                case "country" -> country = once(country, string());
                case "rooms" -> rooms = once(rooms, list(this::room));
                case "illustrativeNote" -> illustrativeNote = once(illustrativeNote, texts());
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new VenueDraft(id, name, shortName, city, country, rooms, illustrativeNote);
    }

    private RoomDraft room() {
        require(JsonToken.START_OBJECT);
        String id = null;
        Map<String, String> name = null;
        Integer capacity = null;
        Boolean sharedSpace = null;
        Map<String, String> illustrativeNote = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "id" -> id = once(id, string());
                case "name" -> name = once(name, texts());
                case "capacity" -> capacity = once(capacity, integer());
                case "sharedSpace" -> sharedSpace = once(sharedSpace, bool());
                case "illustrativeNote" -> illustrativeNote = once(illustrativeNote, texts());
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new RoomDraft(id, name, capacity, sharedSpace, illustrativeNote);
    }

    private MinistryDraft ministry() {
        require(JsonToken.START_OBJECT);
        String id = null;
        String country = null;
        Map<String, String> name = null;
        String acronym = null;
        Map<String, String> illustrativeNote = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "id" -> id = once(id, string());
                case "country" -> country = once(country, string());
                case "name" -> name = once(name, texts());
                case "acronym" -> acronym = once(acronym, string());
                case "illustrativeNote" -> illustrativeNote = once(illustrativeNote, texts());
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new MinistryDraft(id, country, name, acronym, illustrativeNote);
    }

    private ParticipationDraft participation() {
        require(JsonToken.START_OBJECT);
        String ministry = null;
        Set<ParticipationRole> roles = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "ministry" -> ministry = once(ministry, string());
                case "roles" -> roles = once(roles, participationRoles());
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new ParticipationDraft(ministry, roles);
    }

    /** A set, as the binding makes one: a {@link LinkedHashSet} in document order, repeats dropped. */
    private Set<ParticipationRole> participationRoles() {
        require(JsonToken.START_ARRAY);
        Set<ParticipationRole> roles = new LinkedHashSet<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            roles.add(constant(PARTICIPATION_ROLES));
        }
        return roles;
    }

    private OfficialDraft official() {
        require(JsonToken.START_OBJECT);
        String id = null;
        String fullName = null;
        String honorific = null;
        Map<String, String> postTitle = null;
        String ministry = null;
        Integer precedence = null;
        Map<String, String> illustrativeNote = null;
        for (String property = p.nextName(); property != null; property = p.nextName()) {
            p.nextToken();
            switch (property) {
                case "id" -> id = once(id, string());
                case "fullName" -> fullName = once(fullName, string());
                case "honorific" -> honorific = once(honorific, string());
                case "postTitle" -> postTitle = once(postTitle, texts());
                case "ministry" -> ministry = once(ministry, string());
                case "precedence" -> precedence = once(precedence, integer());
                case "illustrativeNote" -> illustrativeNote = once(illustrativeNote, texts());
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new OfficialDraft(id, fullName, honorific, postTitle, ministry, precedence, illustrativeNote);
    }

    private SessionDraft session() {
        require(JsonToken.START_OBJECT);
        SessionParts s = new SessionParts();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "id" -> s.id = once(s.id, string());
                case "type" -> s.type = once(s.type, constant(SESSION_TYPES));
                case "title" -> s.title = once(s.title, texts());
                case "summary" -> s.summary = once(s.summary, texts());
                case "track" -> s.track = once(s.track, string());
                case "slot" -> s.slot = once(s.slot, slot());
                case "room" -> s.room = once(s.room, string());
                case "participants" -> s.participants = once(s.participants, list(this::participant));
                case "languages" -> s.languages = once(s.languages, list(this::string));
                case "status" -> s.status = once(s.status, constant(SESSION_STATUSES));
                case "expectedAttendance" -> s.expectedAttendance = once(s.expectedAttendance, integer());
                case "statements" -> s.statements = once(s.statements, list(this::statement));
                case "illustrativeNote" -> s.illustrativeNote = once(s.illustrativeNote, texts());
                case "parallelAllowed" -> s.parallelAllowed = once(s.parallelAllowed, bool());
                case "origin" -> s.origin = once(s.origin, origin());
                case "source" -> s.source = once(s.source, source());
                case "url" -> s.url = once(s.url, string());
                case "links" -> s.links = once(s.links, list(this::link));
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return s.draft();
    }

    /** The components of a session as they are read: eighteen locals would make one long method longer. */
    private static final class SessionParts {
        private String id;
        private SessionType type;
        private Map<String, String> title;
        private Map<String, String> summary;
        private String track;
        private SlotDraft slot;
        private String room;
        private List<ParticipantDraft> participants;
        private List<String> languages;
        private SessionStatus status;
        private Integer expectedAttendance;
        private List<StatementDraft> statements;
        private Map<String, String> illustrativeNote;
        private Boolean parallelAllowed;
        private OriginDraft origin;
        private SourceDraft source;
        private String url;
        private List<LinkDraft> links;

        SessionDraft draft() {
            return new SessionDraft(id, type, title, summary, track, slot, room, participants, languages, status,
                    expectedAttendance, statements, illustrativeNote, parallelAllowed, origin, source, url, links);
        }
    }

    private SlotDraft slot() {
        require(JsonToken.START_OBJECT);
        LocalDateTime start = null;
        LocalDateTime end = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "start" -> start = once(start, IsoTimes.localDateTime(string()));
                case "end" -> end = once(end, IsoTimes.localDateTime(string()));
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new SlotDraft(start, end);
    }

    private ParticipantDraft participant() {
        require(JsonToken.START_OBJECT);
        String official = null;
        ParticipantRole role = null;
        MandateDraft onBehalfOf = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "official" -> official = once(official, string());
                case "role" -> role = once(role, constant(PARTICIPANT_ROLES));
                case "onBehalfOf" -> onBehalfOf = once(onBehalfOf, mandate());
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new ParticipantDraft(official, role, onBehalfOf);
    }

    private MandateDraft mandate() {
        require(JsonToken.START_OBJECT);
        Map<String, String> authority = null;
        Integer precedence = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "authority" -> authority = once(authority, texts());
                case "precedence" -> precedence = once(precedence, integer());
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new MandateDraft(authority, precedence);
    }

    private StatementDraft statement() {
        require(JsonToken.START_OBJECT);
        String speaker = null;
        String text = null;
        String language = null;
        Map<String, String> illustrativeNote = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "speaker" -> speaker = once(speaker, string());
                case "text" -> text = once(text, string());
                case "language" -> language = once(language, string());
                case "illustrativeNote" -> illustrativeNote = once(illustrativeNote, texts());
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new StatementDraft(speaker, text, language, illustrativeNote);
    }

    private OriginDraft origin() {
        require(JsonToken.START_OBJECT);
        String edition = null;
        String session = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "edition" -> edition = once(edition, string());
                case "session" -> session = once(session, string());
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new OriginDraft(edition, session);
    }

    private SourceDraft source() {
        require(JsonToken.START_OBJECT);
        String guid = null;
        String id = null;
        String slug = null;
        String kind = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "guid" -> guid = once(guid, string());
                case "id" -> id = once(id, string());
                case "slug" -> slug = once(slug, string());
                case "kind" -> kind = once(kind, string());
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new SourceDraft(guid, id, slug, kind);
    }

    private LinkDraft link() {
        require(JsonToken.START_OBJECT);
        String url = null;
        Map<String, String> title = null;
        LinkKind kind = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "url" -> url = once(url, string());
                case "title" -> title = once(title, texts());
                case "kind" -> kind = once(kind, constant(LINK_KINDS));
                default -> throw NOT_CLEAN;
            }
        }
        requireEnd();
        return new LinkDraft(url, title, kind);
    }

    /** A list, as the binding makes one: an {@link ArrayList}; its elements read by {@code element}. */
    private <T> List<T> list(Supplier<T> element) {
        require(JsonToken.START_ARRAY);
        List<T> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(element.get());
        }
        return list;
    }

    /** Texts by language tag, as the binding makes them: a {@link LinkedHashMap} in document order. */
    private Map<String, String> texts() {
        require(JsonToken.START_OBJECT);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String tag = p.nextName(); tag != null; tag = p.nextName()) {
            p.nextToken();
            if (tag.length() >= maxStringLength || texts.put(tag, string()) != null) {
                throw NOT_CLEAN;
            }
        }
        requireEnd();
        return texts;
    }

    private String string() {
        require(JsonToken.VALUE_STRING);
        String text = p.getString();
        if (text.length() >= maxStringLength) {
            throw NOT_CLEAN;
        }
        return text;
    }

    private Integer integer() {
        require(JsonToken.VALUE_NUMBER_INT);
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw NOT_CLEAN;
        }
        return p.getIntValue();
    }

    private Boolean bool() {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        throw NOT_CLEAN;
    }

    private <E extends Enum<E>> E constant(Map<String, E> byName) {
        E constant = byName.get(string());
        if (constant == null) {
            throw NOT_CLEAN;
        }
        return constant;
    }

    private void require(JsonToken token) {
        if (p.currentToken() != token) {
            throw NOT_CLEAN;
        }
    }

    private void requireEnd() {
        require(JsonToken.END_OBJECT);
    }

    /** @return {@code value}, unless the property was already read: a repeated property is reported */
    private static <T> T once(T old, T value) {
        if (old != null) {
            throw NOT_CLEAN;
        }
        return value;
    }

    private static <E extends Enum<E>> Map<String, E> constants(E[] values) {
        Map<String, E> byName = new HashMap<>();
        for (E value : values) {
            byName.put(value.name(), value);
        }
        return Map.copyOf(byName);
    }
}
