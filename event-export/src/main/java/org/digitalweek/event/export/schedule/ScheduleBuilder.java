package org.digitalweek.event.export.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.draft.BoundedLength;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.RoomDraft;
import org.digitalweek.event.domain.draft.SeriesDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.draft.ThemeDraft;
import org.digitalweek.event.domain.draft.TrackDraft;
import org.digitalweek.event.domain.draft.VenueDraft;
import org.digitalweek.event.domain.language.LanguageTags;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;

/**
 * Turns what a schedule reader found into an edition draft, the same way for every format, and
 * says what it had to repair. Used once, by one thread: a reader declares the conference, rooms
 * and tracks it finds, adds every entry, records the problems it meets, then calls {@link #build()}.
 *
 * <p>What the user gave in the {@link ImportContext} wins. Otherwise the edition's time zone is the
 * schedule's (none is a problem); its host city is the schedule's, if it names one; a host city or
 * country that neither gives is not given, never guessed (a time zone does not say where an event is
 * held: Europe/Berlin is Leipzig's too), and one repair says so and names the options that set it;
 * its id is a slug of the acronym, else of the file name; its dates span the conference and every entry, at most
 * {@value BoundedLength#EDITION_DAYS} days: an entry longer than that is a problem that names it, and
 * a short one far outside them is kept there, unwidened to, and reported. An entry keeps its guid (or UID)
 * as its session id when that has the model's id syntax, else its id in the schedule, else a slug
 * of its title; a person is their id in the schedule and their name, as {@link PersonIds} says. What this library's own exporters mark
 * ({@code [annulé]} titles, the day parts of a session over several days) is read back by
 * {@link ExportMarks}. Each guess is an import warning.
 */
public final class ScheduleBuilder {

    private static final String ONE_VENUE = "venue";
    private static final Map<String, String> UNNAMED_VENUE = Map.of(LanguageTags.FRENCH, "Lieu non indiqué",
            LanguageTags.ENGLISH, "Venue not given");
    private static final Map<String, String> UNNAMED_VENUE_NOTE = Map.of(
            LanguageTags.FRENCH, "Le programme importé ne nomme ni le lieu ni la ville.",
            LanguageTags.ENGLISH, "The imported schedule names neither the venue nor the city.");

    private final ImportContext context;
    private final Problems problems;
    private final Repairs repairs = new Repairs();
    private Conference conference = new Conference(null, null, null, null, null, null, null, null, null,
            DocumentPlace.same("schedule"));
    private final Map<String, String> rooms = new LinkedHashMap<>(); // name to id
    private final Map<String, Integer> capacities = new LinkedHashMap<>();
    private final Map<String, String> tracks = new LinkedHashMap<>(); // name to id
    private final IdSlugs roomIds = new IdSlugs("room");
    private final IdSlugs trackIds = new IdSlugs("track");
    private final List<ScheduleEntry> entries = new ArrayList<>();

    /** @param context the document's name and the user's options */
    public ScheduleBuilder(ImportContext context) {
        this.context = context;
        this.problems = new Problems(context.sourceName());
    }

    /** @return where the reader records what is wrong */
    public Problems problems() {
        return problems;
    }

    /** @return where the reader records what it repaired */
    public Repairs repairs() {
        return repairs;
    }

    /** @param described what the schedule says about the conference */
    public void conference(Conference described) {
        this.conference = described;
    }

    /**
     * Declares a room, so that it is kept even when no entry uses it.
     *
     * @param name     its name
     * @param capacity its number of seats, if known (null)
     */
    public void room(String name, Integer capacity) {
        if (!Sessions.blank(name)) {
            rooms.computeIfAbsent(name.strip(), roomIds::unique);
            if (capacity != null && capacity >= 0) {
                capacities.put(name.strip(), capacity);
            }
        }
    }

    /** @param name a track's name, declared so that it is kept even when no entry uses it */
    public void track(String name) {
        if (!Sessions.blank(name)) {
            tracks.computeIfAbsent(name.strip(), trackIds::unique);
        }
    }

    /** @param entry one more event, in document order */
    public void add(ScheduleEntry entry) {
        entries.add(entry);
        room(entry.room(), null);
        track(entry.track());
    }

    /**
     * @return the draft and every repair
     * @throws org.digitalweek.event.domain.error.UnreadableDocumentException with every problem met, when there is one
     */
    public ImportResult build() {
        ZoneId zone = zone();
        String language = language();
        String country = context.hostCountry().orElse(null); // null: not given
        String city = city();
        notGiven(city, country);
        String editionId = editionId();
        String title = title();
        List<ScheduleEntry> read = ExportMarks.readBack(endingByYear9999(), editionId, repairs);
        Sessions made = new Sessions(zone, language, rooms, tracks, conference.baseUrl(), repairs, problems);
        List<SessionDraft> sessions = made.of(read);
        LocalDate[] dates = dates(read.stream().filter(e -> e.time() != null).toList(), sessions);
        problems.throwIfAny();
        Map<String, String> titleText = Map.of(language, title);
        repairs.add(conference.place(), "pas de numéro d'édition dans le programme : 1",
                "the schedule gives no edition number: 1");
        EditionDraft draft = new EditionDraft(editionId, new SeriesDraft(editionId, country, titleText), 1,
                titleText, new ThemeDraft(Sessions.blank(conference.subtitle()) ? titleText
                        : Map.of(language, conference.subtitle().strip()), null, trackDrafts(language)),
                dates[0], dates[1], zone.getId(), city, country, List.of(venue(language, city, country)),
                null, null, made.officials(sessions), sessions, null, null, null);
        List<String> places = read.stream().filter(e -> e.time() != null).map(e -> e.place().english()).toList();
        return new ImportResult(draft, repairs.all(), places); // the sessions are the timed entries, in order
    }

    /** The entries, but those that would end after the year 9999, each a problem: no date arithmetic overflows. */
    private List<ScheduleEntry> endingByYear9999() {
        List<ScheduleEntry> kept = new ArrayList<>();
        for (ScheduleEntry entry : entries) {
            if (entry.time() == null || ScheduleTimes.endsByYear9999(entry.time())) {
                kept.add(entry);
            } else {
                problems.add(entry.place(), "trop long : l'événement finirait après l'an 9999 (sa durée est "
                        + entry.time().length() + ")", "too long: the event would end after the year 9999 (its"
                        + " duration is " + entry.time().length() + ")");
            }
        }
        return kept;
    }

    private ZoneId zone() {
        String named = conference.timeZone();
        if (!Sessions.blank(named)) {
            try {
                return ZoneId.of(named.strip());
            } catch (DateTimeException e) {
                if (context.defaultZone().isPresent()) {
                    repairs.add(conference.place(), "fuseau horaire inconnu « " + named + " » : "
                            + context.defaultZone().get() + " (option)", "unknown time zone '" + named + "': "
                            + context.defaultZone().get() + " (option)");
                    return context.defaultZone().get();
                }
                problems.add(conference.place(), "fuseau horaire inconnu « " + named + " » : donnez un fuseau IANA,"
                        + " par exemple Africa/Bamako, avec l'option de fuseau horaire", "unknown time zone '" + named
                        + "': give an IANA time zone such as Europe/Berlin with the time zone option");
                return ZoneOffset.UTC;
            }
        }
        if (context.defaultZone().isPresent()) {
            return context.defaultZone().get();
        }
        problems.add(conference.place(), "pas de fuseau horaire : le programme n'en nomme aucun ; donnez-en un avec"
                + " l'option de fuseau horaire, par exemple Africa/Bamako", "no time zone: the schedule names none;"
                + " give one with the time zone option, e.g. Europe/Brussels");
        return ZoneOffset.UTC;
    }

    private String language() {
        Optional<String> chosen = context.defaultLanguage().or(() -> Optional.ofNullable(conference.language()))
                .flatMap(LanguageTags::canonical);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Optional<String> mostUsed = entries.stream().map(ScheduleEntry::language).filter(l -> !Sessions.blank(l))
                .map(String::strip).flatMap(l -> LanguageTags.canonical(l).stream())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        if (mostUsed.isPresent()) {
            return mostUsed.get();
        }
        repairs.add(conference.place(), "langue non indiquée : anglais (en)", "no language given: English (en)");
        return LanguageTags.ENGLISH;
    }

    /** The host city: the user's, else the schedule's; null when neither gives it. */
    private String city() {
        if (context.hostCity().isPresent()) {
            return context.hostCity().get();
        }
        return Sessions.blank(conference.city()) ? null : conference.city().strip();
    }

    /** One repair for what is not given, naming the options that set it. */
    private void notGiven(String city, String country) {
        if (city == null && country == null) {
            repairs.add(conference.place(), "ville et pays hôtes non indiqués : laissés vides, jamais devinés ; "
                    + "les options de ville et de pays (--city, --country) les donnent", "host city and country not "
                    + "given: left out, never guessed; the city and country options (--city, --country) set them");
        } else if (city == null) {
            repairs.add(conference.place(), "ville hôte non indiquée : laissée vide, jamais devinée ; l'option de "
                    + "ville (--city) la donne", "host city not given: left out, never guessed; the city option "
                    + "(--city) sets it");
        } else if (country == null) {
            repairs.add(conference.place(), "pays hôte non indiqué : laissé vide, jamais deviné ; l'option de pays "
                    + "(--country) le donne", "host country not given: left out, never guessed; the country option "
                    + "(--country) sets it");
        }
    }

    private String editionId() {
        if (context.editionId().isPresent()) {
            return context.editionId().get();
        }
        if (!Sessions.blank(conference.acronym())) {
            String slug = IdSlugs.slug(conference.acronym(), "");
            if (!slug.isEmpty()) {
                return slug;
            }
        }
        String file = context.sourceName().replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        String slug = IdSlugs.slug(file, "imported");
        repairs.add(conference.place(), "pas d'acronyme : identifiant « " + slug + " » tiré du nom du fichier",
                "no acronym: id '" + slug + "' made from the file name");
        return slug;
    }

    private String title() {
        if (!Sessions.blank(conference.title())) {
            return conference.title().strip();
        }
        String fallback = !Sessions.blank(conference.acronym()) ? conference.acronym().strip()
                : context.sourceName().replaceAll(".*[/\\\\]", "");
        repairs.add(conference.place(), "pas de titre : « " + fallback + " »", "no title: '" + fallback + "'");
        return fallback;
    }

    /**
     * The first and last day: the conference's, widened to every entry, as long as the edition
     * then lasts at most {@value BoundedLength#EDITION_DAYS} days; an entry that would make it longer
     * is a problem at its place, and nothing is widened for it.
     *
     * @param timed    the entries whose time could be read, in the order of {@code sessions}
     * @param sessions the sessions made of them
     */
    private LocalDate[] dates(List<ScheduleEntry> timed, List<SessionDraft> sessions) {
        LocalDate start = conference.start();
        LocalDate end = conference.end();
        boolean given = start != null && end != null;
        if (given && !end.isBefore(start) && days(start, end) > BoundedLength.EDITION_DAYS) {
            problems.add(conference.place(), "la conférence dure " + days(start, end) + " jours, du " + start
                    + " au " + end + " : une édition dure au plus " + BoundedLength.EDITION_DAYS + " jours",
                    "the conference runs " + days(start, end) + " days, from " + start + " to " + end
                    + ": an edition lasts at most " + BoundedLength.EDITION_DAYS + " days");
            return new LocalDate[] {start, end};
        }
        List<Integer> near = nearEntries(timed, sessions, given ? start : null, given ? end : null);
        Optional<LocalDate> first = near.stream().map(i -> firstDay(sessions.get(i))).min(Comparator.naturalOrder());
        Optional<LocalDate> last = near.stream().map(i -> lastDay(sessions.get(i))).max(Comparator.naturalOrder());
        if (!given) {
            if (first.isEmpty()) {
                if (problems.none()) {
                    problems.add(conference.place(), "pas de dates : le programme ne donne ni les dates de la"
                            + " conférence ni aucun événement", "no dates: the schedule gives no conference dates and"
                            + " no event");
                }
                return new LocalDate[] {LocalDate.EPOCH, LocalDate.EPOCH};
            }
            repairs.add(conference.place(), "dates de la conférence tirées des événements",
                    "conference dates taken from the events");
            start = start == null ? first.get() : start;
            end = end == null ? last.get() : end;
            if (!end.isBefore(start) && days(start, end) > BoundedLength.EDITION_DAYS) { // one date given, far
                problems.add(conference.place(), "la date de la conférence et ses événements font une édition de "
                        + days(start, end) + " jours, du " + start + " au " + end + " : une édition dure au plus "
                        + BoundedLength.EDITION_DAYS + " jours", "the conference's date and its events make an"
                        + " edition of " + days(start, end) + " days, from " + start + " to " + end + ": an edition"
                        + " lasts at most " + BoundedLength.EDITION_DAYS + " days");
                return new LocalDate[] {start, end};
            }
        }
        if (first.isPresent() && first.get().isBefore(start) || last.isPresent() && last.get().isAfter(end)) {
            LocalDate wideStart = first.filter(start::isAfter).orElse(start);
            LocalDate wideEnd = last.filter(end::isBefore).orElse(end);
            if (days(wideStart, wideEnd) > BoundedLength.EDITION_DAYS) {
                problems.add(conference.place(), "des événements avant et après les dates de la conférence (du "
                        + start + " au " + end + ") feraient durer l'édition " + days(wideStart, wideEnd) + " jours, du "
                        + wideStart + " au " + wideEnd + " : une édition dure au plus " + BoundedLength.EDITION_DAYS
                        + " jours", "events before and after the conference dates (" + start + " to " + end
                        + ") would make the edition last " + days(wideStart, wideEnd) + " days, from " + wideStart
                        + " to " + wideEnd + ": an edition lasts at most " + BoundedLength.EDITION_DAYS + " days");
                return new LocalDate[] {start, end};
            }
            repairs.add(conference.place(), "des événements débordent des dates de la conférence : du " + wideStart
                    + " au " + wideEnd, "events run outside the conference dates: " + wideStart + " to " + wideEnd);
            start = wideStart;
            end = wideEnd;
        }
        if (end.isBefore(start)) {
            problems.add(conference.place(), "la conférence finit (" + end + ") avant de commencer (" + start + ")",
                    "the conference ends (" + end + ") before it starts (" + start + ")");
        }
        return new LocalDate[] {start, end};
    }

    /**
     * @return the indexes of the sessions that an edition of at most {@value BoundedLength#EDITION_DAYS}
     *         days can hold, with the conference's dates when given. An event longer than that is a
     *         problem at its entry's place that names the event, its days and the rule; a short event
     *         far from the conference's days is kept, outside the edition's dates, and reported as a
     *         repair (the checker's {@code outside-edition-dates} names it again)
     */
    private List<Integer> nearEntries(List<ScheduleEntry> timed, List<SessionDraft> sessions, LocalDate start,
                                      LocalDate end) {
        List<Integer> near = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            LocalDate first = firstDay(sessions.get(i));
            LocalDate last = lastDay(sessions.get(i));
            DocumentPlace place = i < timed.size() ? timed.get(i).place() : conference.place();
            if (days(first, last) > BoundedLength.EDITION_DAYS) {
                problems.add(place, "l'événement dure " + days(first, last) + " jours, du " + first + " au " + last
                        + " : une édition dure au plus " + BoundedLength.EDITION_DAYS + " jours, et une séance pas plus"
                        + " que son édition", "the event lasts " + days(first, last) + " days, from " + first + " to "
                        + last + ": an edition lasts at most " + BoundedLength.EDITION_DAYS + " days, and a session no"
                        + " longer than its edition");
            } else if (start != null && days(first.isBefore(start) ? first : start, last.isAfter(end) ? last : end)
                    > BoundedLength.EDITION_DAYS) {
                // Kept where the source puts it (a typed year, most often): the check reports it outside the dates.
                repairs.addRepeated("far-event", place, "l'événement est loin des jours de la conférence ("
                        + start + " au " + end + ") : il est gardé à sa date, hors des dates de l'édition, qui ne "
                        + "s'étendent pas jusqu'à lui (une édition dure au plus " + BoundedLength.EDITION_DAYS
                        + " jours)", "the event is far outside the conference's days (" + start + " to " + end
                        + "): it is kept at its date, outside the edition's dates, which are not widened to it (an "
                        + "edition lasts at most " + BoundedLength.EDITION_DAYS + " days)");
            } else {
                near.add(i);
            }
        }
        if (start == null && !near.isEmpty()) {
            int earliest = near.stream().min(Comparator.comparing(i -> firstDay(sessions.get(i)))).orElseThrow();
            int latest = near.stream().max(Comparator.comparing(i -> lastDay(sessions.get(i)))).orElseThrow();
            LocalDate from = firstDay(sessions.get(earliest));
            LocalDate to = lastDay(sessions.get(latest));
            if (days(from, to) > BoundedLength.EDITION_DAYS) {
                DocumentPlace firstPlace = timed.get(earliest).place();
                problems.add(timed.get(latest).place(), "les événements s'étendent sur " + days(from, to) + " jours,"
                        + " du " + from + " (" + firstPlace.french() + ") au " + to + " (cet événement) : une édition"
                        + " dure au plus " + BoundedLength.EDITION_DAYS + " jours ; le programme ne donne pas de dates"
                        + " de conférence pour dire quels événements en font partie", "the events run " + days(from, to)
                        + " days, from " + from + " (" + firstPlace.english() + ") to " + to + " (this event): an edition"
                        + " lasts at most " + BoundedLength.EDITION_DAYS + " days; the schedule gives no conference"
                        + " dates to tell which events belong to it");
                return List.of();
            }
        }
        return near;
    }

    private static LocalDate firstDay(SessionDraft session) {
        return session.slot().start().toLocalDate();
    }

    /** The last day a session touches: the day before when it ends at midnight. */
    private static LocalDate lastDay(SessionDraft session) {
        return session.slot().end().minusNanos(1).toLocalDate();
    }

    /** @return how many days from {@code first} to {@code last}, both included */
    private static long days(LocalDate first, LocalDate last) {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    private List<TrackDraft> trackDrafts(String language) {
        return tracks.entrySet().stream().map(t -> new TrackDraft(t.getValue(), Map.of(language, t.getKey())))
                .toList();
    }

    /**
     * The one venue that holds the rooms: named as the schedule names it, else after the city; when
     * neither is given its name says so, and it is illustrative, as invented items are.
     */
    private VenueDraft venue(String language, String city, String country) {
        List<RoomDraft> roomDrafts = rooms.entrySet().stream().map(r -> new RoomDraft(r.getValue(),
                Map.of(language, r.getKey()), capacities.get(r.getKey()), null, null)).toList();
        if (Sessions.blank(conference.venue()) && city == null) {
            return new VenueDraft(ONE_VENUE, UNNAMED_VENUE, null, null, country, roomDrafts, UNNAMED_VENUE_NOTE);
        }
        String name = Sessions.blank(conference.venue()) ? city : conference.venue().strip();
        return new VenueDraft(ONE_VENUE, Map.of(language, name), null, city, country, roomDrafts, null);
    }
}
