package org.digitalweek.event.domain.rules;

import java.util.List;
import java.util.Objects;

import org.digitalweek.event.domain.language.ReaderLanguage;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.TimeSlot;

/**
 * One problem the checker found in a programme: the rule it breaks, how severe it is, what it is
 * about, and a message in French and in English that says all of it.
 *
 * @param rule      the rule broken
 * @param severity  its severity under the settings used
 * @param sessions  the sessions concerned, in programme order
 * @param people    the people concerned, if any
 * @param rooms     the rooms concerned, if any
 * @param times     the times concerned: the slot of each session, in the order of {@code sessions}
 * @param messageFr the message in French
 * @param messageEn the message in English
 */
public record Finding(Rule rule, Severity severity, List<SessionId> sessions, List<OfficialId> people,
                      List<RoomId> rooms, List<TimeSlot> times, String messageFr, String messageEn) {

    /** Checks that no part is missing and copies the lists. */
    public Finding {
        Objects.requireNonNull(rule, "'rule' must not be null");
        Objects.requireNonNull(severity, "'severity' must not be null");
        sessions = List.copyOf(sessions);
        people = List.copyOf(people);
        rooms = List.copyOf(rooms);
        times = List.copyOf(times);
        Objects.requireNonNull(messageFr, "'messageFr' must not be null");
        Objects.requireNonNull(messageEn, "'messageEn' must not be null");
    }

    /**
     * @param language a BCP 47 tag
     * @return the message in the language {@link ReaderLanguage} decides
     */
    public String message(String language) {
        return ReaderLanguage.of(language).pick(messageFr, messageEn);
    }
}
