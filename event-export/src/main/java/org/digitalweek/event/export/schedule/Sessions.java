package org.digitalweek.event.export.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.draft.OfficialDraft;
import org.digitalweek.event.domain.draft.ParticipantDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.draft.SlotDraft;
import org.digitalweek.event.domain.draft.SourceDraft;
import org.digitalweek.event.domain.model.Ids;
import org.digitalweek.event.domain.language.LanguageTags;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.SourceIdentity;

/**
 * The sessions and people of a schedule's entries: ids, texts, kinds, rooms, tracks, times and
 * participants, with the repairs each needed.
 */
final class Sessions {

    /** What a zero-length item lasts, so that it keeps a place in the programme. */
    private static final Duration SHORTEST = Duration.ofMinutes(1);
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\t\\n\\r]+");

    private final ZoneId zone;
    private final String language;
    private final Map<String, String> rooms;
    private final Map<String, String> tracks;
    private final Repairs repairs;
    private final Problems problems;
    private final IdSlugs sessionIds = new IdSlugs("session");
    private final People people;
    private final EntryAddresses addresses;
    private final Map<String, TypeWord> typeWords = new HashMap<>(); // a schedule uses a few words many times

    Sessions(ZoneId zone, String language, Map<String, String> rooms, Map<String, String> tracks, String baseUrl,
             Repairs repairs, Problems problems) {
        this.zone = zone;
        this.language = language;
        this.rooms = rooms;
        this.tracks = tracks;
        this.repairs = repairs;
        this.problems = problems;
        this.people = new People(repairs);
        this.addresses = new EntryAddresses(baseUrl, repairs);
    }

    /**
     * @param entries every entry, in document order
     * @return a session for each entry whose time could be read, in the same order
     */
    List<SessionDraft> of(List<ScheduleEntry> entries) {
        people.identify(entries);
        List<SessionDraft> sessions = new ArrayList<>();
        for (ScheduleEntry entry : entries) {
            String id = id(entry);
            if (entry.time() == null) {
                continue; // the reader said why
            }
            String lang = language(entry);
            Map<String, EntryTexts> others = translations(entry, lang);
            sessions.add(new SessionDraft(id, type(entry), titles(entry, lang, others), summary(entry, lang, others),
                    blank(entry.track()) ? null : tracks.get(entry.track().strip()), slot(entry),
                    blank(entry.room()) ? null : rooms.get(entry.room().strip()), people.of(entry),
                    lang.equals(language) && blank(entry.language()) ? null : List.of(lang),
                    entry.cancelled() ? SessionStatus.CANCELLED : null, null, null, null, null, null, source(entry),
                    addresses.page(entry).orElse(null), addresses.links(entry, lang)));
        }
        return sessions;
    }

    /**
     * @param sessions the sessions made by {@link #of}
     * @return every person the sessions name, once, in order of first appearance, with the first
     *         spelling of their name
     */
    List<OfficialDraft> officials(List<SessionDraft> sessions) {
        Set<String> named = sessions.stream().flatMap(s -> s.participants().stream())
                .map(ParticipantDraft::official).collect(Collectors.toSet());
        return people.ids.names().entrySet().stream().filter(n -> named.contains(n.getKey()))
                .map(n -> new OfficialDraft(n.getKey(), n.getValue(), null, null, null, null, null)).toList();
    }

    private String id(ScheduleEntry entry) {
        String guid = blank(entry.guid()) ? null : entry.guid().strip();
        if (guid != null && sessionIds.claim(guid)) {
            return guid;
        }
        String kind = guid == null ? "no guid" : Ids.isValid(guid) ? "guid twice" : "guid not an id";
        String why = guid == null ? "no guid" : Ids.isValid(guid) ? "guid used twice" : "guid is not an id";
        String pourquoi = guid == null ? "pas de guid" : Ids.isValid(guid) ? "guid en double"
                : "guid inutilisable comme identifiant";
        if (!blank(entry.sourceId()) && sessionIds.claim(entry.sourceId().strip())) {
            if (guid == null) { // said once for a whole schedule without guids, as FOSDEM's
                repairs.addRepeated("no guid", entry.place(), "pas de guid, identifiant tiré de l'id",
                        "no guid, derived from id");
            } else {
                repairs.addRepeated(kind, entry.place(), pourquoi + ", identifiant tiré de l'id",
                        why + ", derived from id");
            }
            return entry.sourceId().strip();
        }
        String derived = sessionIds.unique(blank(entry.title()) ? entry.place().english() : entry.title());
        repairs.addRepeated(kind + " and no id", entry.place(), pourquoi + " ni id : identifiant tiré du titre",
                why + " and no id: derived from the title");
        return derived;
    }

    /**
     * Who the entry is in the schedule: its guid, id, slug and the schedule's word for its kind, each
     * on one line; a part longer than {@value SourceIdentity#LONGEST} characters or holding a
     * character no one types is dropped and said.
     */
    private SourceDraft source(ScheduleEntry entry) {
        String guid = part(entry, entry.guid());
        String id = part(entry, entry.sourceId());
        String slug = part(entry, entry.slug());
        String kind = part(entry, entry.type());
        return guid == null && id == null && slug == null && kind == null ? null
                : new SourceDraft(guid, id, slug, kind);
    }

    private String part(ScheduleEntry entry, String text) {
        if (blank(text)) {
            return null;
        }
        String line = oneLine(text.strip());
        if (line.length() > SourceIdentity.LONGEST || hasUntyped(line)) {
            repairs.addRepeated("unusable source key", entry.place(), "guid, id, slug ou type de la source "
                    + "inutilisable (plus de " + SourceIdentity.LONGEST + " caractères ou caractère de contrôle) : "
                    + "non gardé", "unusable source guid, id, slug or type (over " + SourceIdentity.LONGEST
                    + " characters or a control character): not kept");
            return null;
        }
        return line;
    }

    /** The text with each run of tabs and line breaks made one space; most have none, and are kept as they are. */
    private static String oneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                return LINE_BREAKS.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    private static boolean hasUntyped(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (untyped(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** A control character, a lone surrogate (as a code point of its own) or a noncharacter. */
    private static boolean untyped(int c) {
        return Character.isISOControl(c) || Character.isSurrogate((char) c) && c <= Character.MAX_VALUE
                || c == 0xFFFE || c == 0xFFFF;
    }

    private String language(ScheduleEntry entry) {
        if (blank(entry.language())) {
            return language;
        }
        Optional<String> tag = LanguageTags.canonical(entry.language().strip());
        if (tag.isEmpty()) {
            repairs.addRepeated("language " + entry.language(), entry.place(), "langue « " + entry.language()
                    + " » inconnue : " + language, "unknown language '" + entry.language() + "': " + language);
        }
        return tag.orElse(language);
    }

    private String title(ScheduleEntry entry) {
        if (!blank(entry.title())) {
            return entry.title().strip();
        }
        String fallback = blank(entry.sourceId()) ? entry.place().english() : entry.sourceId().strip();
        repairs.addRepeated("no title", entry.place(), "pas de titre : l'id de l'événement (sinon sa place) "
                + "sert de titre", "no title: the event's id (else its place) is the title");
        return fallback;
    }

    /** The title in the entry's language, then in each language it is translated into. */
    private Map<String, String> titles(ScheduleEntry entry, String lang, Map<String, EntryTexts> others) {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put(lang, title(entry));
        others.forEach((tag, texts) -> {
            if (!blank(texts.title())) {
                titles.put(tag, texts.title().strip());
            }
        });
        return titles;
    }

    /**
     * The subtitle, abstract and description, each once, as paragraphs, in the entry's language and
     * in each language it is translated into: nothing the schedule said is lost.
     */
    private static Map<String, String> summary(ScheduleEntry entry, String lang, Map<String, EntryTexts> others) {
        Map<String, String> summaries = new LinkedHashMap<>();
        paragraphs(entry.subtitle(), entry.summary(), entry.description()).ifPresent(t -> summaries.put(lang, t));
        others.forEach((tag, texts) -> paragraphs(texts.subtitle(), texts.summary(), texts.description())
                .ifPresent(t -> summaries.put(tag, t)));
        return summaries.isEmpty() ? null : summaries;
    }

    private static Optional<String> paragraphs(String... texts) {
        List<String> paragraphs = new ArrayList<>(texts.length);
        for (String text : texts) {
            String paragraph = blank(text) ? null : text.strip();
            if (paragraph != null && !paragraphs.contains(paragraph)) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", paragraphs));
    }

    /** The translations into other languages than the entry's, by canonical tag; a tag that is not one is said. */
    private Map<String, EntryTexts> translations(ScheduleEntry entry, String lang) {
        Map<String, EntryTexts> others = new LinkedHashMap<>();
        entry.translations().forEach((tag, texts) -> {
            Optional<String> canonical = LanguageTags.canonical(tag);
            if (canonical.isEmpty()) {
                repairs.addRepeated("translation " + tag, entry.place(), "langue « " + tag
                        + " » inconnue : traduction ignorée", "unknown language '" + tag + "': translation skipped");
            } else if (!canonical.get().equals(lang)) {
                others.putIfAbsent(canonical.get(), texts);
            }
        });
        return others;
    }

    /**
     * The kind the entry's type word gives. A word that does not name a kind whole and gives
     * {@code OTHER} ({@code Poster}, unknown; {@code BoF (45 minutes)}, known only by its first word
     * {@code bof}, itself read as {@code OTHER}) is said each time, once per word with its count: the
     * session keeps it as its source's word for its kind ({@link SourceDraft#kind()}), which exports
     * write back.
     */
    private SessionType type(ScheduleEntry entry) {
        if (blank(entry.type())) {
            return SessionType.OTHER;
        }
        TypeWord read = typeWords.computeIfAbsent(entry.type(), TypeWord::of);
        SessionType known = read.kind();
        if (known == SessionType.OTHER && !read.whole()) {
            String word = entry.type().strip();
            repairs.addRepeated("type " + word.toLowerCase(Locale.ROOT), entry.place(), "type « " + word
                    + " » inconnu, lu comme « autre » ; le mot de la source est gardé comme genre de la session dans sa source",
                    "unknown type '" + word + "' read as 'other'; the source's word is kept as the session's kind in "
                    + "its source");
        }
        return known;
    }

    private SlotDraft slot(ScheduleEntry entry) {
        EntryTime time = entry.time();
        LocalDateTime start = time.local() != null ? time.local()
                : LocalDateTime.ofInstant(time.instant(), zone);
        Duration length = time.length();
        if (length.isZero() || length.isNegative()) {
            repairs.addRepeated("zero length", entry.place(), "durée nulle : 1 minute",
                    "zero duration: one minute");
            length = SHORTEST;
        }
        LocalDateTime end = time.local() != null ? start.plus(length)
                : LocalDateTime.ofInstant(time.instant().plus(length), zone);
        if (!end.isAfter(start)) { // a clock going back over the end of summer time
            end = start.plus(length);
        }
        return new SlotDraft(start, end);
    }

    /**
     * @param text a text of the schedule, possibly absent
     * @return whether it is absent or blank
     */
    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * How a type word reads, worked out once per word.
     *
     * @param kind  the kind it gives
     * @param whole whether the word, whole, names a kind
     */
    private record TypeWord(SessionType kind, boolean whole) {

        static TypeWord of(String word) {
            return new TypeWord(SessionTypes.readAs(word), SessionTypes.namesWhole(word));
        }
    }

    /** The participants of each entry, with the ids of {@link PersonIds} and the roles schedules give. */
    static final class People {

        private static final Map<String, ParticipantRole> ROLES = Map.of(
                "speaker", ParticipantRole.SPEAKER, "submitter", ParticipantRole.SPEAKER,
                "moderator", ParticipantRole.MODERATOR, "host", ParticipantRole.MODERATOR,
                "panelist", ParticipantRole.PANELLIST, "panellist", ParticipantRole.PANELLIST,
                "trainer", ParticipantRole.TRAINER, "exhibitor", ParticipantRole.EXHIBITOR,
                "presides", ParticipantRole.PRESIDES, "chair", ParticipantRole.PRESIDES);

        private final Repairs repairs;
        private PersonIds ids = new PersonIds(List.of());

        People(Repairs repairs) {
            this.repairs = repairs;
        }

        /** Gives every person of the entries their id (see {@link PersonIds}) and says which ids were shared. */
        void identify(List<ScheduleEntry> entries) {
            ids = new PersonIds(entries);
            ids.report(repairs);
        }

        List<ParticipantDraft> of(ScheduleEntry entry) {
            Map<String, ParticipantDraft> participants = new LinkedHashMap<>();
            for (EntryPerson person : entry.persons()) {
                Optional<String> id = ids.of(person);
                if (id.isEmpty()) {
                    repairs.addRepeated("person without a name", entry.place(), "personne sans nom ignorée",
                            "person without a name skipped");
                    continue;
                }
                participants.putIfAbsent(id.get(), new ParticipantDraft(id.get(), role(entry, person), null));
            }
            return List.copyOf(participants.values());
        }

        private ParticipantRole role(ScheduleEntry entry, EntryPerson person) {
            if (blank(person.role())) {
                return ParticipantRole.SPEAKER;
            }
            ParticipantRole role = ROLES.get(person.role().strip().toLowerCase(Locale.ROOT));
            if (role == null) {
                repairs.addRepeated("role " + person.role(), entry.place(), "rôle « " + person.role()
                        + " » inconnu : intervenant", "unknown role '" + person.role() + "' read as SPEAKER");
                return ParticipantRole.SPEAKER;
            }
            return role;
        }
    }
}
