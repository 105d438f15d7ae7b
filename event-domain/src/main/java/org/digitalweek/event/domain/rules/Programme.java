package org.digitalweek.event.domain.rules;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.TimeSlot;

/**
 * An edition's sessions that will take place, read once into arrays for the checks. Each session
 * gets a number, its place among them in the edition's order; rooms and officials get numbers too
 * ({@link RoomNumbers}, {@link OfficialNumbers}); and what the rules ask of a session is kept in
 * arrays by number: its times ({@link Timeline}), its room, whether it needs the room to itself, its
 * expected attendance, whether it is a ceremony, and its people ({@link SessionPeople}). The rules
 * then run over numbers, and follow a session's objects only to word a finding. The sessions are
 * sorted by start once, as numbers ({@link SessionOrder}).
 *
 * <p>Why: a large programme is far larger than the processor's caches, and each object followed is a
 * wait for memory. One pass in the edition's order follows each session's objects once (its slot and
 * times, room, participants and attendance); sorting and grouping then move numbers in arrays.
 */
final class Programme {

    /** The attendance of a session that gives none. */
    static final int UNKNOWN_ATTENDANCE = -1;
    /** The venue of a session with no room. */
    static final int NO_VENUE = -1;

    private final PublicEdition edition;
    private final RoomNumbers rooms;
    private final OfficialNumbers officials;
    private final Session[] sessions;
    private final int count;
    private final int[] room;
    private final boolean[] exclusive;
    private final int[] attendance;
    private final boolean[] ceremony;
    private final SessionPeople people;
    private final Timeline times;
    private final int[] byStart;

    /**
     * @param edition an edition
     * @param buffer  the travel buffer, for {@link Timeline#reach}
     */
    Programme(PublicEdition edition, Duration buffer) {
        this.edition = edition;
        this.rooms = new RoomNumbers(edition);
        this.officials = new OfficialNumbers(edition);
        List<Session> all = edition.sessions();
        sessions = new Session[all.size()];
        room = new int[all.size()];
        exclusive = new boolean[all.size()];
        attendance = new int[all.size()];
        ceremony = new boolean[all.size()];
        LocalDateTime[] starts = new LocalDateTime[all.size()];
        LocalDateTime[] ends = new LocalDateTime[all.size()];
        SessionPeople.Builder whoTakesPart = new SessionPeople.Builder(officials, all.size());
        int n = 0;
        for (Session s : all) { // each session's objects are followed here, once, in the edition's order
            if (s.isCancelled()) {
                continue;
            }
            sessions[n] = s;
            TimeSlot slot = s.slot();
            starts[n] = slot.start();
            ends[n] = slot.end();
            Optional<RoomId> roomId = s.room();
            room[n] = roomId.isPresent() ? rooms.number(roomId.get()) : RoomNumbers.NO_ROOM;
            exclusive[n] = room[n] != RoomNumbers.NO_ROOM && !rooms.shared(room[n]) && !s.parallelAllowed();
            attendance[n] = s.expectedAttendance().orElse(UNKNOWN_ATTENDANCE);
            ceremony[n] = s.type().isCeremony();
            whoTakesPart.add(s.participants());
            n++;
        }
        count = n;
        people = whoTakesPart.build();
        times = Timeline.of(starts, ends, count, buffer, edition.dates().start().atStartOfDay(),
                edition.dates().end().plusDays(1).atStartOfDay());
        byStart = SessionOrder.byKey(count, times::start);
    }

    PublicEdition edition() {
        return edition;
    }

    /** @return how many sessions will take place; they are numbered from 0 */
    int count() {
        return count;
    }

    /** @return session number {@code n} */
    Session session(int n) {
        return sessions[n];
    }

    /**
     * @return the session numbers in order of start (equal starts by number), sorted once for every
     *         sweep; a room's or a person's sessions taken from it in turn are in that order too
     */
    int[] byStart() {
        return byStart;
    }

    /** @return the keys of the sessions' times */
    Timeline times() {
        return times;
    }

    /** @return the rooms' numbers and what the rules know of each room */
    RoomNumbers rooms() {
        return rooms;
    }

    /** @return the officials' numbers */
    OfficialNumbers officials() {
        return officials;
    }

    /** @return the people of each session */
    SessionPeople people() {
        return people;
    }

    /** @return the number of session {@code n}'s room, or {@link RoomNumbers#NO_ROOM} */
    int room(int n) {
        return room[n];
    }

    /** @return the number of its room's venue, or {@link #NO_VENUE} when it has no room */
    int venue(int n) {
        return room[n] == RoomNumbers.NO_ROOM ? NO_VENUE : rooms.venue(room[n]);
    }

    /** @return whether it needs its room to itself: a room that is not a shared space, and no parallel use */
    boolean exclusive(int n) {
        return exclusive[n];
    }

    /** @return how many people it expects, or {@link #UNKNOWN_ATTENDANCE} */
    int attendance(int n) {
        return attendance[n];
    }

    /** @return whether it is a ceremony, whose speaking order protocol rules */
    boolean ceremony(int n) {
        return ceremony[n];
    }

    /**
     * @param numbers session numbers
     * @param from    the first place to take
     * @param to      the place after the last
     * @return those sessions in programme order, by start then id, as findings list them
     */
    List<Session> inProgrammeOrder(int[] numbers, int from, int to) {
        int[] group = Arrays.copyOfRange(numbers, from, to);
        SessionOrder.byKeyThenId(group, 0, group.length, times::start, this::session, new long[group.length]);
        List<Session> inOrder = new ArrayList<>(group.length);
        for (int n : group) {
            inOrder.add(sessions[n]);
        }
        return inOrder;
    }
}
