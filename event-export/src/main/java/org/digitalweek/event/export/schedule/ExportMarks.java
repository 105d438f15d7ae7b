package org.digitalweek.event.export.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.digitalweek.event.domain.model.ProgrammeDays;

/**
 * Reads back the marks this project's schedule exporters put in texts, for the formats that have no
 * field for them: a cancelled session's title starts with {@code [annulé]} or {@code [cancelled]},
 * and a session over several days is written as one event a day whose subtitle ends with
 * {@code jour 2 sur 7} or {@code day 2 of 7}. Such parts are joined into one entry again when all of
 * them are there and follow each other without a gap; otherwise they stay separate events. A guid
 * the exporters minted from an event's id ({@link MintedGuids#session}, for a session whose source
 * had no guid) is not a source's guid: it is dropped, so that the session keeps the id it came with.
 */
public final class ExportMarks {

    private static final Pattern CANCELLED = Pattern.compile("^\\[(annulé|cancelled)]\\s+");
    private static final Pattern DAY_PART = Pattern.compile("(?:^|\\s)(?:jour (\\d{1,3}) sur (\\d{1,3})|day (\\d{1,3}) of (\\d{1,3}))$");

    private ExportMarks() {
    }

    /**
     * @param entries the entries of a schedule, in document order
     * @param repairs where to say what was read back
     * @return the entries with cancelled titles unmarked and the parts of several-day sessions joined,
     *         each joined session where its first part was
     */
    public static List<ScheduleEntry> readBack(List<ScheduleEntry> entries, Repairs repairs) {
        return readBack(entries, null, repairs);
    }

    /**
     * @param entries the entries of a schedule, in document order
     * @param edition the id the edition gets, against which minted guids are recognised; null for none
     * @param repairs where to say what was read back
     * @return the entries with minted guids dropped, cancelled titles unmarked and the parts of
     *         several-day sessions joined, each joined session where its first part was
     */
    public static List<ScheduleEntry> readBack(List<ScheduleEntry> entries, String edition, Repairs repairs) {
        List<ScheduleEntry> unmarked = entries.stream().map(e -> unminted(e, edition, repairs))
                .map(e -> uncancelled(e, repairs)).toList();
        Map<String, List<Part>> groups = new LinkedHashMap<>();
        for (int i = 0; i < unmarked.size(); i++) {
            ScheduleEntry entry = unmarked.get(i);
            Optional<Part> part = Part.of(entry, i);
            part.ifPresent(p -> groups.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p));
        }
        List<ScheduleEntry> result = new ArrayList<>(unmarked);
        List<Integer> joinedAway = new ArrayList<>();
        for (List<Part> parts : groups.values()) {
            joined(parts).ifPresent(whole -> {
                result.set(parts.get(0).index(), whole);
                parts.stream().skip(1).forEach(p -> joinedAway.add(p.index()));
                repairs.addRepeated("joined day parts", whole.place(), "événements d'une session sur plusieurs "
                        + "jours réunis en un", "day parts of a session over several days joined into one");
            });
        }
        joinedAway.stream().sorted(Comparator.reverseOrder()).forEach(i -> result.remove((int) i));
        return result;
    }

    /** The entry without its guid when the exporters minted it from the entry's id in this edition. */
    private static ScheduleEntry unminted(ScheduleEntry entry, String edition, Repairs repairs) {
        if (edition == null || entry.guid() == null || entry.sourceId() == null
                || !entry.guid().strip().equalsIgnoreCase(MintedGuids.session(edition, entry.sourceId().strip()).toString())) {
            return entry;
        }
        repairs.addRepeated("minted guid", entry.place(), "guid créé par digitalweek à partir de l'id de "
                + "l'événement, non celui d'une source : non gardé", "guid minted by digitalweek from the event's id, "
                + "not a source's: not kept");
        return new ScheduleEntry(entry.place(), entry.sourceId(), null, entry.title(), entry.subtitle(),
                entry.summary(), entry.description(), entry.language(), entry.type(), entry.track(), entry.room(),
                entry.time(), entry.persons(), entry.cancelled(), entry.translations(), entry.url(), entry.links(),
                entry.slug());
    }

    private static ScheduleEntry uncancelled(ScheduleEntry entry, Repairs repairs) {
        Matcher mark = entry.title() == null || !entry.title().startsWith("[") ? null // most titles: no mark
                : CANCELLED.matcher(entry.title());
        if (mark == null || !mark.find()) {
            return entry;
        }
        repairs.addRepeated("cancelled mark " + mark.group().strip(), entry.place(), "titre marqué « " + mark.group().strip()
                + " » : session annulée", "title marked '" + mark.group().strip() + "': a cancelled session");
        return entry.with(entry.title().substring(mark.end()), entry.subtitle(), entry.time(), true);
    }

    /** The parts, sorted by day, as one entry when they are all there and follow each other. */
    private static Optional<ScheduleEntry> joined(List<Part> parts) {
        parts.sort((a, b) -> Integer.compare(a.number(), b.number()));
        int count = parts.get(0).count();
        if (count < 2 || parts.size() != count) {
            return Optional.empty();
        }
        for (int i = 0; i < count; i++) {
            if (parts.get(i).number() != i + 1 || i > 0 && !follows(parts.get(i - 1).entry().time(),
                    parts.get(i).entry().time())) {
                return Optional.empty();
            }
        }
        ScheduleEntry first = parts.get(0).entry();
        EntryTime from = first.time();
        EntryTime last = parts.get(count - 1).entry().time();
        EntryTime whole = from.instant() != null
                ? EntryTime.at(from.instant(), Duration.between(from.instant(), last.instant().plus(last.length())))
                : EntryTime.local(from.local(), Duration.between(from.local(), last.local().plus(last.length())));
        return Optional.of(first.with(first.title(), parts.get(0).subtitle(), whole, first.cancelled()));
    }

    private static boolean follows(EntryTime before, EntryTime after) {
        if (before.instant() != null && after.instant() != null) {
            Instant end = before.instant().plus(before.length());
            return end.equals(after.instant());
        }
        if (before.local() != null && after.local() != null) {
            LocalDateTime end = before.local().plus(before.length());
            return end.equals(after.local());
        }
        return false;
    }

    /** An entry marked as one day of a several-day session. */
    private record Part(ScheduleEntry entry, int index, int number, int count, String subtitle) {

        static Optional<Part> of(ScheduleEntry entry, int index) {
            if (entry.subtitle() == null || entry.time() == null) {
                return Optional.empty();
            }
            String subtitle = entry.subtitle().strip();
            char last = subtitle.isEmpty() ? ' ' : subtitle.charAt(subtitle.length() - 1);
            if (!Character.isDigit(last) && last != '\u0085') { // the mark ends with a digit, before a NEL at most
                return Optional.empty(); // as most subtitles do not
            }
            Matcher mark = DAY_PART.matcher(subtitle);
            if (!mark.find()) {
                return Optional.empty();
            }
            boolean french = mark.group(1) != null;
            int number = Integer.parseInt(french ? mark.group(1) : mark.group(3));
            int count = Integer.parseInt(french ? mark.group(2) : mark.group(4));
            String rest = entry.subtitle().strip().substring(0, mark.start()).strip();
            return Optional.of(new Part(entry, index, number, count, rest.isEmpty() ? null : rest));
        }

        /** What the parts of one session share; later parts shorten a long title, so only its start counts. */
        String key() {
            String title = entry.title() == null ? null : ProgrammeDays.continuedTitle(entry.title());
            return String.join("\u0000", Objects.toString(title), Objects.toString(entry.room()),
                    Objects.toString(entry.type()), Objects.toString(subtitle), Integer.toString(count));
        }
    }
}
