package org.digitalweek.event.domain.reuse;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.MinistryId;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.TrackId;

/**
 * The figures of one edition, as a ministry puts them in its annual report. Cancelled sessions are
 * counted in {@code cancelledSessions} only, nowhere else. Every map is unmodifiable, in a fixed
 * order, and holds only keys with something to count.
 *
 * @param edition               the edition's id
 * @param number                its ordinal in the series, 1 or more
 * @param firstDay              its first day
 * @param sessionsByType        the sessions that take place, per type, in the types' declaration order
 * @param sessionsByTrack       the sessions that take place, per track, in track id order
 * @param sessionsWithoutTrack  the sessions that take place in no track; 0 or more
 * @param ministriesByRole      for each role some ministry plays, those ministries in id order, each
 *                              once; roles in declaration order
 * @param speakersByCountry     the speakers per country of the ministry they serve, in country code
 *                              order; a speaker is a distinct official who presides, speaks, moderates,
 *                              sits on a panel or trains in at least one session that takes place (an
 *                              exhibitor is not a speaker), counted once however many roles they have
 * @param speakersWithoutCountry the speakers who serve no ministry; 0 or more
 * @param cancelledSessions     the sessions that will not take place; 0 or more
 */
public record EditionStatistics(EditionId edition, int number, LocalDate firstDay,
                                Map<SessionType, Integer> sessionsByType, Map<TrackId, Integer> sessionsByTrack,
                                int sessionsWithoutTrack, Map<ParticipationRole, List<MinistryId>> ministriesByRole,
                                Map<Country, Integer> speakersByCountry, int speakersWithoutCountry,
                                int cancelledSessions) {

    private static final String TYPE = "EditionStatistics";

    /** Copies the maps in their fixed order; checks that counts are not negative and map counts are 1 or more. */
    public EditionStatistics {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Objects.requireNonNull(firstDay, "'firstDay' must not be null");
        sessionsByType = SortedMaps.sorted(sessionsByType, "sessionsByType");
        sessionsByTrack = SortedMaps.sorted(sessionsByTrack, "sessionsByTrack");
        ministriesByRole = ministries(ministriesByRole);
        speakersByCountry = SortedMaps.sorted(speakersByCountry, SortedMaps.BY_CODE, "speakersByCountry");
        require(number >= 1, "number must be 1 or more, not " + number);
        require(sessionsWithoutTrack >= 0, "sessionsWithoutTrack must not be negative");
        require(speakersWithoutCountry >= 0, "speakersWithoutCountry must not be negative");
        require(cancelledSessions >= 0, "cancelledSessions must not be negative");
        SortedMaps.requirePositive(sessionsByType, TYPE, "sessionsByType");
        SortedMaps.requirePositive(sessionsByTrack, TYPE, "sessionsByTrack");
        SortedMaps.requirePositive(speakersByCountry, TYPE, "speakersByCountry");
    }

    /**
     * @param edition an edition
     * @return its figures
     */
    public static EditionStatistics of(PublicEdition edition) {
        Objects.requireNonNull(edition, "'edition' must not be null");
        List<Session> held = Tally.held(edition);
        List<Official> speakers = Tally.speakers(edition, held);
        int withoutTrack = (int) held.stream().filter(s -> s.track().isEmpty()).count();
        int withoutCountry = (int) speakers.stream().filter(o -> o.ministry().isEmpty()).count();
        return new EditionStatistics(edition.id(), edition.number(), edition.dates().start(), Tally.byType(held),
                Tally.byTrack(held), withoutTrack, Tally.ministriesByRole(edition),
                Tally.byCountry(edition, speakers), withoutCountry, edition.sessions().size() - held.size());
    }

    /** @return the speakers counted, with a country or without */
    public int speakers() {
        return speakersByCountry.values().stream().mapToInt(Integer::intValue).sum() + speakersWithoutCountry;
    }

    /** Sorts each list by id; a role must list at least one ministry, each once. */
    private static Map<ParticipationRole, List<MinistryId>> ministries(Map<ParticipationRole, List<MinistryId>> map) {
        Objects.requireNonNull(map, "'ministriesByRole' must not be null");
        Map<ParticipationRole, List<MinistryId>> lists = new EnumMap<>(ParticipationRole.class);
        map.forEach((role, ids) -> {
            List<MinistryId> sorted = List.copyOf(ids).stream().sorted().distinct().toList();
            require(!sorted.isEmpty() && sorted.size() == ids.size(),
                    "ministriesByRole of '" + role + "' must list at least one ministry, each once");
            lists.put(role, sorted);
        });
        return SortedMaps.sorted(lists, "ministriesByRole");
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new InvariantViolationException(TYPE, rule);
        }
    }
}
