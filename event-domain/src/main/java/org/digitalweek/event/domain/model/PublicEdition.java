package org.digitalweek.event.domain.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.language.LanguageTags;

/**
 * Everything about an edition that may be made public: what exporters receive. It holds no internal
 * data (contact details, protocol notes): those live beside it in {@code Edition} only, so no code
 * that is handed a {@code PublicEdition} can reach them.
 *
 * @param id            the stable id (the sample edition's is {@code snm-2026})
 * @param series        the series it belongs to
 * @param number        its ordinal in the series, from 1
 * @param title         its title; not empty
 * @param theme         its theme and tracks
 * @param dates         its first and last days
 * @param zone          the time zone of its session times
 * @param hostCity      the city that hosts it, not blank; empty when not given (a schedule may name none)
 * @param hostCountry   the country that hosts it; empty when not given
 * @param venues        its venues; venue ids and room ids unique across the edition
 * @param ministries    every public body it refers to, each id once
 * @param participations the ministries taking part and their roles; one per ministry
 * @param officials     the people on its programme, each id once
 * @param sessions      its sessions, each id once
 * @param status        draft, published or archived
 * @param version       the stored version, for optimistic concurrency; 0 before the first save
 * @param publishedAt   when it was last published, if ever
 * @param provenance    whether its edition-level facts (title, dates, …) are reported or illustrative
 */
public record PublicEdition(EditionId id, Series series, int number, LocalizedText title, Theme theme,
                            DateRange dates, ZoneId zone, Optional<String> hostCity, Optional<Country> hostCountry,
                            List<Venue> venues,
                            List<Ministry> ministries, List<Participation> participations, List<Official> officials,
                            List<Session> sessions, EditionStatus status, long version, Optional<Instant> publishedAt,
                            Provenance provenance) {

    // The keys of the lists that find their elements by id (see IdIndex); constants, so that an
    // edition made from another shares the lists it did not change, and their lookups.
    private static final Function<Venue, VenueId> VENUE_ID = Venue::id;
    private static final Function<Ministry, MinistryId> MINISTRY_ID = Ministry::id;
    private static final Function<Official, OfficialId> OFFICIAL_ID = Official::id;
    private static final Function<Session, SessionId> SESSION_ID = Session::id;
    private static final Function<Venue, List<RoomId>> ROOMS_OF_VENUE = v -> v.rooms().stream().map(Room::id).toList();

    /** Checks every invariant of an edition, including that every reference resolves. */
    public PublicEdition {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(series, "'series' must not be null");
        Objects.requireNonNull(title, "'title' must not be null");
        Objects.requireNonNull(theme, "'theme' must not be null");
        Objects.requireNonNull(dates, "'dates' must not be null");
        Objects.requireNonNull(zone, "'zone' must not be null");
        Objects.requireNonNull(hostCity, "'hostCity' must not be null");
        hostCity.ifPresent(c -> Invariants.notBlank(c, "Edition", "hostCity"));
        Objects.requireNonNull(hostCountry, "'hostCountry' must not be null");
        venues = IdIndex.of(venues, VENUE_ID, "venues");
        ministries = IdIndex.of(ministries, MINISTRY_ID, "ministries");
        participations = Invariants.copy(participations, "participations");
        officials = IdIndex.of(officials, OFFICIAL_ID, "officials");
        sessions = IdIndex.of(sessions, SESSION_ID, "sessions");
        Objects.requireNonNull(status, "'status' must not be null");
        Objects.requireNonNull(publishedAt, "'publishedAt' must not be null");
        Objects.requireNonNull(provenance, "'provenance' must not be null");

        String where = "Edition '" + id + "'";
        Invariants.require(number >= 1, where, "number must be 1 or more, not " + number);
        Invariants.require(!title.isEmpty(), where, "title must not be empty");
        Invariants.require(version >= 0, where, "version must not be negative");
        checkReferences(where, theme, venues, ministries, participations, officials, sessions);
    }

    /**
     * The edition's own language, the one a reader falls back to before French and English (see
     * {@link org.digitalweek.event.domain.language.ReaderLanguage}). It is derived, not stored: the
     * main language of the title, French when the title has French, else English, else its first.
     *
     * @return a canonical BCP 47 tag
     */
    public String defaultLanguage() {
        return title.mainLanguage().orElse(LanguageTags.FRENCH);
    }

    private static void checkReferences(String where, Theme theme, List<Venue> venues, List<Ministry> ministries,
                                        List<Participation> participations, List<Official> officials,
                                        List<Session> sessions) {
        Invariants.unique(venues, Venue::id, where, "venue");
        List<Room> rooms = venues.stream().flatMap(v -> v.rooms().stream()).toList();
        Invariants.unique(rooms, Room::id, where, "room");
        Invariants.unique(ministries, Ministry::id, where, "ministry");
        Invariants.unique(participations, Participation::ministry, where, "participation of ministry");
        Invariants.unique(officials, Official::id, where, "official");
        Invariants.unique(sessions, Session::id, where, "session");

        Set<MinistryId> ministryIds = ministries.stream().map(Ministry::id).collect(Collectors.toSet());
        Set<OfficialId> officialIds = officials.stream().map(Official::id).collect(Collectors.toSet());
        Set<RoomId> roomIds = rooms.stream().map(Room::id).collect(Collectors.toSet());
        Set<TrackId> trackIds = theme.tracks().stream().map(Track::id).collect(Collectors.toSet());
        for (Participation p : participations) {
            Invariants.require(ministryIds.contains(p.ministry()), where,
                    "participation of unknown ministry '" + p.ministry() + "'");
        }
        for (Official o : officials) {
            o.ministry().ifPresent(m -> Invariants.require(ministryIds.contains(m), where,
                    () -> "official '" + o.id() + "' serves unknown ministry '" + m + "'"));
        }
        for (Session s : sessions) {
            s.room().ifPresent(r -> Invariants.require(roomIds.contains(r), where,
                    () -> "session '" + s.id() + "' is in unknown room '" + r + "'"));
            s.track().ifPresent(t -> Invariants.require(trackIds.contains(t), where,
                    () -> "session '" + s.id() + "' is in unknown track '" + t + "'"));
            for (Participant p : s.participants()) {
                Invariants.require(officialIds.contains(p.official()), where,
                        () -> "session '" + s.id() + "' names unknown official '" + p.official() + "'");
            }
        }
    }

    /** @return every room of every venue */
    public List<Room> rooms() {
        return venues.stream().flatMap(v -> v.rooms().stream()).toList();
    }

    /**
     * @param roomId a room id
     * @return the room, if the edition has it
     */
    public Optional<Room> room(RoomId roomId) {
        return venueOf(roomId).flatMap(v -> v.room(roomId));
    }

    /**
     * @param roomId a room id
     * @return the venue that has the room, if any
     */
    public Optional<Venue> venueOf(RoomId roomId) {
        return IdIndex.<VenueId, Venue>view(venues).findBy(roomId, ROOMS_OF_VENUE);
    }

    /**
     * @param sessionId a session id
     * @return the session, if the edition has it
     */
    public Optional<Session> session(SessionId sessionId) {
        return IdIndex.<SessionId, Session>view(sessions).find(sessionId);
    }

    /**
     * @param officialId an official id
     * @return the official, if the edition has them
     */
    public Optional<Official> official(OfficialId officialId) {
        return IdIndex.<OfficialId, Official>view(officials).find(officialId);
    }

    /**
     * @param ministryId a ministry id
     * @return the ministry, if the edition refers to it
     */
    public Optional<Ministry> ministry(MinistryId ministryId) {
        return IdIndex.<MinistryId, Ministry>view(ministries).find(ministryId);
    }

    /**
     * @param role a role
     * @return the ministries that play it, in the order of the participations
     */
    public List<Ministry> ministriesWith(ParticipationRole role) {
        return participations.stream().filter(p -> p.has(role))
                .map(p -> ministry(p.ministry()).orElseThrow()).toList();
    }

    /** @return the sessions in programme order: by start, then end, then id */
    public List<Session> programme() {
        return sessions.stream()
                .sorted(Comparator.comparing((Session s) -> s.slot().start())
                        .thenComparing(s -> s.slot().end()).thenComparing(Session::id))
                .toList();
    }

    /**
     * @param session a session to add, or to put in place of the one with the same id
     * @return this edition with the session added or replaced
     */
    public PublicEdition withSession(Session session) {
        List<Session> next = new ArrayList<>(sessions);
        next.removeIf(s -> s.id().equals(session.id()));
        next.add(session);
        return toBuilder().sessions(next).build();
    }

    /** @return a builder holding this edition's values */
    public PublicEditionBuilder toBuilder() {
        return new PublicEditionBuilder(this);
    }

    /** @return an empty builder; status DRAFT, version 0, reported provenance */
    public static PublicEditionBuilder builder() {
        return new PublicEditionBuilder();
    }
}
