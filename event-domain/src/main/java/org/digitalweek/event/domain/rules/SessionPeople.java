package org.digitalweek.event.domain.rules;

import java.util.Arrays;
import java.util.List;

import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;

/**
 * The people of each session, by official number, each once whatever their roles, in the order the
 * session first lists them, and whether they preside. All sessions' people lie in one array, session
 * after session, rather than in a list per session.
 */
final class SessionPeople {

    private final int[] first; // session n's people are at first[n] to first[n + 1] - 1
    private final int[] person;
    private final boolean[] presides;
    private final int size;

    private SessionPeople(int[] first, int[] person, boolean[] presides, int size) {
        this.first = first;
        this.person = person;
        this.presides = presides;
        this.size = size;
    }

    /** @return how many people all sessions have, a person counted once per session */
    int size() {
        return size;
    }

    /** @return where session {@code n}'s people start */
    int from(int n) {
        return first[n];
    }

    /** @return where the next session's people start */
    int to(int n) {
        return first[n + 1];
    }

    /** @return the official number of person {@code p}, a place from {@link #from} to {@link #to} */
    int person(int p) {
        return person[p];
    }

    /** @return whether person {@code p} presides the session */
    boolean presides(int p) {
        return presides[p];
    }

    /** Takes the sessions' participants in turn, session 0 first. */
    static final class Builder {

        private final OfficialNumbers officials;
        private final int[] first;
        private final int[] lastSession; // for each official, the last session that listed them
        private final int[] place; // and where they were put for it
        private int[] person;
        private boolean[] presides;
        private int size;
        private int sessions;

        /**
         * @param officials the officials' numbers
         * @param sessions  at most how many sessions will come
         */
        Builder(OfficialNumbers officials, int sessions) {
            this.officials = officials;
            this.first = new int[sessions + 1];
            this.lastSession = new int[officials.count()];
            Arrays.fill(lastSession, -1);
            this.place = new int[officials.count()];
            this.person = new int[Math.max(16, sessions * 2)];
            this.presides = new boolean[person.length];
        }

        /** @param participants the participants of the next session */
        void add(List<Participant> participants) {
            int n = sessions++;
            for (int i = 0; i < participants.size(); i++) { // no iterator: this runs for every participation
                Participant participant = participants.get(i);
                int o = officials.number(participant.official());
                boolean presiding = participant.role() == ParticipantRole.PRESIDES;
                if (lastSession[o] == n) {
                    presides[place[o]] |= presiding;
                    continue;
                }
                if (size == person.length) {
                    person = Arrays.copyOf(person, size * 2);
                    presides = Arrays.copyOf(presides, size * 2);
                }
                lastSession[o] = n;
                place[o] = size;
                person[size] = o;
                presides[size++] = presiding;
            }
            first[n + 1] = size;
        }

        SessionPeople build() {
            return new SessionPeople(first, person, presides, size);
        }
    }
}
