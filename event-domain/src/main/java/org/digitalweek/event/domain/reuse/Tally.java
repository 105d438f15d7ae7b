package org.digitalweek.event.domain.reuse;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.Ministry;
import org.digitalweek.event.domain.model.MinistryId;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.Participation;
import org.digitalweek.event.domain.model.ParticipationRole;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.TrackId;

/** The counting behind {@link EditionStatistics#of}; the rules are documented there. */
final class Tally {

    /** The roles in which a person speaks; an exhibitor shows work and is not a speaker. */
    static final Set<ParticipantRole> SPEAKING = EnumSet.of(ParticipantRole.PRESIDES, ParticipantRole.SPEAKER,
            ParticipantRole.MODERATOR, ParticipantRole.PANELLIST, ParticipantRole.TRAINER);

    private Tally() {
    }

    /** The sessions that take place. */
    static List<Session> held(PublicEdition edition) {
        return edition.sessions().stream().filter(s -> !s.isCancelled()).toList();
    }

    static Map<SessionType, Integer> byType(List<Session> held) {
        return count(held.stream().map(Session::type));
    }

    static Map<TrackId, Integer> byTrack(List<Session> held) {
        return count(held.stream().flatMap(s -> s.track().stream()));
    }

    /** For each role some ministry plays, those ministries in id order. */
    static Map<ParticipationRole, List<MinistryId>> ministriesByRole(PublicEdition edition) {
        return Arrays.stream(ParticipationRole.values())
                .filter(role -> edition.participations().stream().anyMatch(p -> p.has(role)))
                .collect(Collectors.toMap(Function.identity(), role -> edition.participations().stream()
                        .filter(p -> p.has(role)).map(Participation::ministry).sorted().toList()));
    }

    /** The distinct officials who speak in at least one session that takes place. */
    static List<Official> speakers(PublicEdition edition, List<Session> held) {
        return held.stream()
                .flatMap(s -> s.participants().stream())
                .filter(p -> SPEAKING.contains(p.role()))
                .map(Participant::official)
                .distinct()
                .map(id -> edition.official(id).orElseThrow())
                .toList();
    }

    /** The speakers per country of their ministry; those without a ministry are not counted here. */
    static Map<Country, Integer> byCountry(PublicEdition edition, List<Official> speakers) {
        return count(speakers.stream()
                .flatMap(o -> o.ministry().stream())
                .map(m -> edition.ministry(m).map(Ministry::country).orElseThrow()));
    }

    private static <K> Map<K, Integer> count(Stream<K> keys) {
        return keys.collect(Collectors.groupingBy(Function.identity(), Collectors.summingInt(k -> 1)));
    }
}
