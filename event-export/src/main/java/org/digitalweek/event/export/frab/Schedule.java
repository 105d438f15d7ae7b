package org.digitalweek.event.export.frab;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.DateRange;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.ProgrammeDays;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.Track;
import org.digitalweek.event.domain.model.TrackId;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.domain.validation.FourDigitYear;
import org.digitalweek.event.export.schedule.MintedGuids;

/**
 * An edition as a conference app sees it, in one language: what {@code schedule.xml},
 * {@code schedule.json} and {@code schedule2} share, worked out once so the three agree.
 *
 * <ul>
 * <li><b>acronym</b>: the edition id in lower case, every character but {@code a-z 0-9 _} turned into
 * {@code _} ({@code snm-2026} gives {@code snm_2026}): the JSON schemas allow no hyphen there.</li>
 * <li><b>guids, ids, slugs</b> of events ({@link EventKeys}): a session's source guid (a UUID), source
 * id (a positive integer) and source slug when it has them, each event's own; else a version-5 UUID
 * (SHA-1, namespace {@value NameBasedIds#NAMESPACE_TEXT}) of {@code session:<edition>/<session>} (a
 * later day of a session longer than a day adds {@code /<date>}), an integer from the guid's first bits
 * in [1000, 2<sup>31</sup>-1] (a clash, rare, takes the next free integer), and the slug
 * {@code <acronym>-<id>-<slug of the session id>}. Rooms, venues and officials use {@code room:},
 * {@code venue:} and {@code official:} names alike.</li>
 * <li><b>days</b>: from one {@link DayChange} to the next in the edition's zone (midnight, or the
 * earliest whole hour at which no session of at most a day is under way): the edition's dates, and
 * the day of any event listed outside them (the list may have gaps). A session of at most a day is
 * one event, listed under the day on which it starts, even when it ends after midnight. A session
 * longer than a day is one event per day it covers ({@link DayPart}, {@link #byDay()}); the first
 * carries everything, the later ones only what a day needs (a shortened title, the time, the room, no
 * abstract, no people), so that a session's length costs little per day and its edition's dates cap
 * the days; their subtitles say {@code day 2 of 7}, which an import joins again. The flat format
 * takes every session whole ({@link #sessions()}).</li>
 * <li><b>rooms</b>: every room of every venue, in the edition's order, then a stand-in
 * ({@code Salle à préciser}) if a session has no room; a name that two rooms share gets its venue's
 * short name.</li>
 * </ul>
 */
public final class Schedule {

    private static final Pattern POSITIVE_INTEGER = Pattern.compile("[1-9][0-9]*");

    /** The pattern of {@code time_zone_name} in both JSON schemas. */
    private static final Pattern TIME_ZONE_NAME = Pattern.compile("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$");

    private final PublicEdition edition;
    private final ReaderLanguage language;
    private final String acronym;
    private final List<ScheduleDay> days;
    private final List<ScheduleRoom> rooms;
    private final List<ScheduleTrack> tracks;
    private final Optional<ScheduleTrack> noTrack;
    private final List<ScheduleEvent> sessions;
    private final List<ScheduleEvent> byDay;
    private final Map<LocalDate, Map<ScheduleRoom, List<ScheduleEvent>>> byDateAndRoom;
    private final LocalTime dayChange;

    private Schedule(PublicEdition edition, ReaderLanguage language) {
        this.edition = edition;
        this.language = language;
        this.acronym = acronymOf(edition.id().value());
        Map<RoomId, ScheduleRoom> roomsById = rooms(edition, language);
        Optional<ScheduleRoom> noRoom = edition.sessions().stream().anyMatch(s -> s.room().isEmpty())
                ? Optional.of(new ScheduleRoom(ScheduleLabels.in(language).noRoom, "unassigned",
                        NameBasedIds.uuid("room-unassigned:" + edition.id()), OptionalInt.empty(),
                        Provenance.reported(), Optional.empty()))
                : Optional.empty();
        List<ScheduleRoom> allRooms = new ArrayList<>(roomsById.values());
        noRoom.ifPresent(allRooms::add);
        this.rooms = List.copyOf(allRooms);
        Map<TrackId, ScheduleTrack> tracksById = tracks(edition, language);
        this.tracks = List.copyOf(tracksById.values());
        List<String> trackSlugs = Slugs.unique(Stream.concat(edition.theme().tracks().stream().map(t -> t.id().value()),
                Stream.of("no-track")).toList());
        this.noTrack = edition.sessions().stream().anyMatch(s -> s.track().isEmpty())
                ? Optional.of(new ScheduleTrack(ScheduleLabels.in(language).noTrack, trackSlugs.get(trackSlugs.size() - 1)))
                : Optional.empty();
        Map<OfficialId, Official> officials = edition.officials().stream()
                .collect(Collectors.toMap(Official::id, Function.identity()));
        Map<OfficialId, Integer> personIds = personIds(edition);

        List<Session> ordered = edition.sessions().stream().sorted(Comparator.comparing(Session::id)).toList();
        this.dayChange = DayChange.of(ordered);
        LocalDate first = edition.dates().start();
        LocalDate last = lastShownDay(edition);
        List<DayPart> pieces = ordered.stream().flatMap(s -> DayPart.of(s, dayChange, first, last).stream()).toList();
        List<EventKeys.Keys> keys = EventKeys.of(pieces, edition.id().value(), acronym);
        List<ScheduleEvent> parts = new ArrayList<>();
        List<ScheduleEvent> whole = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            DayPart piece = pieces.get(i);
            EventKeys.Keys key = keys.get(i);
            Session s = piece.session();
            ScheduleRoom room = s.room().map(roomsById::get).orElseGet(noRoom::orElseThrow);
            Optional<ScheduleTrack> track = s.track().map(tracksById::get);
            List<SchedulePerson> persons = piece.part() == 1 ? persons(s, officials, personIds) : List.of();
            parts.add(new ScheduleEvent(s, key.id(), key.guid(), key.slug(), piece.day(), zoned(piece.start()),
                    zoned(piece.end()), piece.part(), piece.parts(), room, track, persons));
            if (piece.part() == 1) {
                whole.add(new ScheduleEvent(s, key.id(), key.guid(), key.slug(), piece.day(),
                        zoned(s.slot().start()), zoned(s.slot().end()), 1, 1, room, track, persons));
            }
        }
        Comparator<ScheduleEvent> programme = Comparator.comparing(ScheduleEvent::start)
                .thenComparing(ScheduleEvent::end).thenComparing(e -> e.session().id()).thenComparing(ScheduleEvent::part);
        this.byDay = parts.stream().sorted(programme).toList();
        this.sessions = whole.stream().sorted(programme).toList();
        this.days = days(edition, first, last, byDay, dayChange);
        this.byDateAndRoom = byDay.stream().collect(Collectors.groupingBy(ScheduleEvent::day,
                Collectors.groupingBy(ScheduleEvent::room)));
    }

    /**
     * @param edition  the edition
     * @param language the reader's language: of single-language texts (names, titles) and of the added words
     * @return its schedule
     */
    public static Schedule of(PublicEdition edition, ReaderLanguage language) {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(language, "'language' must not be null");
        return new Schedule(edition, language);
    }

    /** @return the edition */
    public PublicEdition edition() {
        return edition;
    }

    /** @return the reader's language: of single-language texts and of the added words */
    public ReaderLanguage language() {
        return language;
    }

    /** @return the acronym: the edition id as the formats allow it */
    public String acronym() {
        return acronym;
    }

    /** @return the edition's title */
    public String title() {
        return edition.title().resolve(language);
    }

    /** @return the version shown to attendees: the edition's stored version */
    public String version() {
        return Long.toString(edition.version());
    }

    /** @return when the days begin: the {@link DayChange} of the programme */
    public LocalTime dayChange() {
        return dayChange;
    }

    /** @return the days, from the first to the last, none missing */
    public List<ScheduleDay> days() {
        return days;
    }

    /** @return the rooms, in the edition's order, the stand-in last */
    public List<ScheduleRoom> rooms() {
        return rooms;
    }

    /** @return the tracks, in the theme's order */
    public List<ScheduleTrack> tracks() {
        return tracks;
    }

    /** @return one event per session, over its whole time slot, in programme order */
    public List<ScheduleEvent> sessions() {
        return sessions;
    }

    /** @return one event per session and day it falls on, in programme order */
    public List<ScheduleEvent> byDay() {
        return byDay;
    }

    /**
     * @param day  a day of this schedule
     * @param room a room of this schedule
     * @return the events of that day in that room, in programme order
     */
    public List<ScheduleEvent> eventsOn(ScheduleDay day, ScheduleRoom room) {
        return byDateAndRoom.getOrDefault(day.date(), Map.of()).getOrDefault(room, List.of());
    }

    /**
     * @return the grid of the programme in minutes: the greatest common divisor of the start times (in
     *         minutes from midnight) and lengths of the events and of 60; 15 when there is no event
     */
    public int timeslotMinutes() {
        int gcd = 60;
        for (ScheduleEvent event : byDay) {
            gcd = gcd(gcd, event.start().getHour() * 60 + event.start().getMinute());
            gcd = gcd(gcd, (int) java.time.Duration.between(event.start(), event.end()).toMinutes());
        }
        return byDay.isEmpty() || gcd == 0 ? 15 : gcd;
    }

    /**
     * @return the time zone's id when the JSON schemas accept it, as they read their pattern (a search,
     *         not a whole match): {@code Africa/Bamako} and {@code UTC} pass, {@code Etc/GMT+1} does not
     */
    public Optional<String> timeZoneName() {
        String id = edition.zone().getId();
        return TIME_ZONE_NAME.matcher(id).find() ? Optional.of(id) : Optional.empty();
    }

    /**
     * @param lang the reader's language
     * @return the theme, then the illustrative note of the edition after {@code [illustratif]}
     */
    public String description(ReaderLanguage lang) {
        String theme = edition.theme().title().resolve(lang);
        if (edition.provenance() instanceof Provenance.Illustrative illustrative) {
            return theme + "\n\n" + ScheduleLabels.in(lang).illustrative + " " + illustrative.note().resolve(lang);
        }
        return theme;
    }

    /**
     * @param room a room of this schedule
     * @param lang the reader's language
     * @return the illustrative note of an illustrative room, after {@code [illustratif]}; empty otherwise
     */
    public static Optional<String> description(ScheduleRoom room, ReaderLanguage lang) {
        return room.provenance() instanceof Provenance.Illustrative illustrative
                ? Optional.of(ScheduleLabels.in(lang).illustrative + " " + illustrative.note().resolve(lang))
                : Optional.empty();
    }

    /**
     * @param sources the texts whose languages are wanted
     * @param text    a text in a given language
     * @return the text in every language of the sources that has a two-letter code (the only keys
     *         {@code schedule2} allows), from the first source that has it; empty texts left out
     */
    public static SortedMap<String, String> translations(List<LocalizedText> sources, Function<String, String> text) {
        SortedMap<String, String> byLanguage = new TreeMap<>();
        for (LocalizedText source : sources) {
            for (String tag : source.values().keySet()) {
                String language = Locale.forLanguageTag(tag).getLanguage();
                if (language.length() == 2 && !byLanguage.containsKey(language)) {
                    String value = text.apply(language);
                    if (!value.isEmpty()) {
                        byLanguage.put(language, value);
                    }
                }
            }
        }
        return byLanguage;
    }

    /** @return the stand-in track of sessions that have none, when there are such sessions */
    public Optional<ScheduleTrack> noTrack() {
        return noTrack;
    }

    private ZonedDateTime zoned(LocalDateTime time) {
        return time.atZone(edition.zone());
    }

    static String acronymOf(String id) {
        StringBuilder acronym = new StringBuilder(id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
        while (acronym.length() < 4) {
            acronym.append('_');
        }
        return acronym.toString();
    }

    private static Map<RoomId, ScheduleRoom> rooms(PublicEdition edition, ReaderLanguage language) {
        Map<String, Long> nameCounts = edition.rooms().stream()
                .collect(Collectors.groupingBy(r -> r.name().resolve(language), Collectors.counting()));
        List<Room> rooms = edition.rooms();
        List<String> slugs = Slugs.unique(rooms.stream().map(r -> r.id().value()).toList());
        Map<RoomId, ScheduleRoom> byId = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rooms.size(); i++) {
            Room room = rooms.get(i);
            Venue venue = edition.venueOf(room.id()).orElseThrow();
            String name = room.name().resolve(language);
            if (nameCounts.get(name) > 1) {
                name = name + " (" + venue.shortName().orElseGet(() -> venue.name().resolve(language)) + ")";
            }
            int n = seen.merge(name, 1, Integer::sum);
            String unique = n == 1 ? name : name + " [" + room.id() + "]";
            ScheduleVenue grouping = new ScheduleVenue(venue.name().resolve(language), Slugs.of(venue.id().value()),
                    NameBasedIds.uuid("venue:" + edition.id() + "/" + venue.id()));
            byId.put(room.id(), new ScheduleRoom(unique, slugs.get(i),
                    NameBasedIds.uuid("room:" + edition.id() + "/" + room.id()), room.capacity(), room.provenance(),
                    Optional.of(grouping)));
        }
        return byId;
    }

    private static Map<TrackId, ScheduleTrack> tracks(PublicEdition edition, ReaderLanguage language) {
        List<Track> tracks = edition.theme().tracks();
        List<String> slugs = Slugs.unique(tracks.stream().map(t -> t.id().value()).toList());
        Map<TrackId, ScheduleTrack> byId = new LinkedHashMap<>();
        for (int i = 0; i < tracks.size(); i++) {
            byId.put(tracks.get(i).id(), new ScheduleTrack(tracks.get(i).name().resolve(language), slugs.get(i)));
        }
        return byId;
    }

    /**
     * Each official's integer id: the official's own id when it is a positive integer (a frab person id
     * read back), once; else one from the guid's bits, as for sessions.
     */
    private static Map<OfficialId, Integer> personIds(PublicEdition edition) {
        Set<Integer> taken = new HashSet<>();
        Map<OfficialId, Integer> byOfficial = new HashMap<>();
        List<OfficialId> sorted = edition.officials().stream().map(Official::id).sorted().toList();
        for (OfficialId id : sorted) {
            String own = id.value();
            if (POSITIVE_INTEGER.matcher(own).matches() && own.length() <= 9 && taken.add(Integer.parseInt(own))) {
                byOfficial.put(id, Integer.parseInt(own));
            }
        }
        Map<OfficialId, UUID> guids = new LinkedHashMap<>();
        sorted.stream().filter(id -> !byOfficial.containsKey(id))
                .forEach(id -> guids.put(id, NameBasedIds.uuid("official:" + edition.id() + "/" + id)));
        Map<UUID, Integer> ids = NameBasedIds.integers(List.copyOf(guids.values()), taken);
        guids.forEach((official, guid) -> byOfficial.put(official, ids.get(guid)));
        return byOfficial;
    }

    /** An official's guid: its own id when that is a UUID (a schedule2 participant read back), else minted. */
    private static String personGuid(PublicEdition edition, OfficialId id) {
        return MintedGuids.isUuid(id.value()) ? id.value()
                : NameBasedIds.uuid("official:" + edition.id() + "/" + id).toString();
    }

    private List<SchedulePerson> persons(Session session, Map<OfficialId, Official> officials,
                                         Map<OfficialId, Integer> personIds) {
        Map<OfficialId, SchedulePerson> persons = new LinkedHashMap<>();
        for (Participant p : session.participants()) {
            Official official = officials.get(p.official());
            persons.putIfAbsent(p.official(), new SchedulePerson(personIds.get(p.official()),
                    personGuid(edition, p.official()), official.displayName(), p.role(), p.onBehalfOf(),
                    official.provenance()));
        }
        return List.copyOf(persons.values());
    }

    /** The edition's last day shown: at most {@value DateRange#MAX_DAYS} days after its first, as {@link ProgrammeDays}. */
    private static LocalDate lastShownDay(PublicEdition edition) {
        LocalDate first = edition.dates().start();
        LocalDate cap = first.plusDays(DateRange.MAX_DAYS - 1L);
        return edition.dates().end().isAfter(cap) ? cap : edition.dates().end();
    }

    /** The edition's days, and each day an event is listed under outside them, each from one day change to the next. */
    private static List<ScheduleDay> days(PublicEdition edition, LocalDate first, LocalDate last,
                                          List<ScheduleEvent> events, LocalTime dayChange) {
        ZoneId zone = edition.zone();
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            dates.add(day);
        }
        events.forEach(e -> dates.add(e.day()));
        List<ScheduleDay> days = new ArrayList<>();
        for (LocalDate date : dates) {
            days.add(new ScheduleDay(days.size() + 1, date, date.atTime(dayChange).atZone(zone),
                    dayEnd(date, dayChange, zone)));
        }
        return List.copyOf(days);
    }

    /** The next day change; on 9999-12-31, its last second, as the formats write no five-digit year. */
    private static ZonedDateTime dayEnd(LocalDate date, LocalTime dayChange, ZoneId zone) {
        return date.getYear() < FourDigitYear.LAST || date.getDayOfYear() < date.lengthOfYear()
                ? date.plusDays(1).atTime(dayChange).atZone(zone) : date.atTime(LocalTime.of(23, 59, 59)).atZone(zone);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
