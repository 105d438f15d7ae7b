package org.digitalweek.event.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.fixtures.Programmes.session;
import static org.digitalweek.event.domain.fixtures.Programmes.with;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.RoomId;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;

class RoomDoubleBookingTest {

    private final ProgrammeChecker checker = new ProgrammeChecker();

    @Test
    void twoSessionsAtOnceInOneRoomAreAnErrorNamingTheRoomTheSessionsAndTheTimes() {
        PublicEdition edition = with(session("a").at(1, "09:00", "11:00").in("banquets").build(),
                session("b").at(1, "10:30", "12:00").in("banquets").build());

        assertThat(checker.check(edition).of(Rule.ROOM_DOUBLE_BOOKED)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.sessions()).containsExactly(new SessionId("a"), new SessionId("b"));
            assertThat(f.rooms()).containsExactly(new RoomId("banquets"));
            assertThat(f.times()).extracting(t -> t.start().toString())
                    .containsExactly("2026-01-29T09:00", "2026-01-29T10:30");
            assertThat(f.message("fr")).isEqualTo("La salle « Salle banquets » (banquets) accueille deux sessions "
                    + "à la fois : « Session a » (a, 2026-01-29 09:00–11:00) et « Session b » "
                    + "(b, 2026-01-29 10:30–12:00).");
            assertThat(f.message("en")).isEqualTo("Room \"Room banquets\" (banquets) holds two sessions at once: "
                    + "\"Session a\" (a, 2026-01-29 09:00–11:00) and \"Session b\" (b, 2026-01-29 10:30–12:00).");
        });
    }

    @Test
    void sessionsThatFollowEachOtherOrUseOtherRoomsDoNotConflict() {
        PublicEdition edition = with(session("a").at(1, "09:00", "11:00").in("banquets").build(),
                session("b").at(1, "11:00", "12:00").in("banquets").build(),
                session("c").at(1, "09:00", "12:00").in("salle-2").build());

        assertThat(checker.check(edition).of(Rule.ROOM_DOUBLE_BOOKED)).isEmpty();
    }

    @Test
    void aSharedSpaceHoldsSessionsAtOnce() {
        PublicEdition edition = with(session("expo").at(1, "09:00", "18:00").in("hall").build(),
                session("demo").at(1, "10:00", "11:00").in("hall").build());

        assertThat(checker.check(edition).of(Rule.ROOM_DOUBLE_BOOKED)).isEmpty();
    }

    @Test
    void aSessionThatAllowsParallelUseSharesItsRoom() {
        PublicEdition edition = with(session("plenary").at(1, "09:00", "12:00").in("banquets").parallelAllowed().build(),
                session("side").at(1, "10:00", "11:00").in("banquets").build());

        assertThat(checker.check(edition).of(Rule.ROOM_DOUBLE_BOOKED)).isEmpty();
    }

    @Test
    void aCancelledSessionFreesItsRoom() {
        PublicEdition edition = with(session("a").at(1, "09:00", "11:00").in("banquets").cancelled().build(),
                session("b").at(1, "10:00", "12:00").in("banquets").build());

        assertThat(checker.check(edition).findings()).isEmpty();
    }

    @Test
    void sessionsThatOverlapInAChainAreOneGroupReportedOnceWithItsSpan() {
        PublicEdition edition = with(session("a").at(1, "09:00", "12:00").in("amphi").build(),
                session("b").at(1, "10:00", "11:00").in("amphi").build(),
                session("c").at(1, "10:30", "13:00").in("amphi").build(),
                session("d").at(1, "13:00", "14:00").in("amphi").build(),
                session("e").at(1, "13:30", "14:30").in("amphi").build());

        assertThat(checker.check(edition).of(Rule.ROOM_DOUBLE_BOOKED)).extracting(f -> f.sessions().toString())
                .containsExactly("[a, b, c]", "[d, e]");
        assertThat(checker.check(edition).of(Rule.ROOM_DOUBLE_BOOKED).get(0).message("en")).isEqualTo(
                "Room \"Room amphi\" (amphi) holds 3 overlapping sessions over 2026-01-29 09:00–13:00: "
                        + "\"Session a\" (a, 2026-01-29 09:00–12:00), \"Session b\" (b, 2026-01-29 10:00–11:00) and "
                        + "\"Session c\" (c, 2026-01-29 10:30–13:00).");
    }

    @Test
    void thousandsOfSessionsAtOnceAreOneFindingThatListsThemAllAndNamesAFew() {
        Session[] sessions = new Session[3_000];
        for (int i = 0; i < sessions.length; i++) {
            sessions[i] = session(String.format("s%04d", i)).at(1, "09:00", "10:00").in("banquets").build();
        }

        Finding clash = checker.check(with(sessions)).of(Rule.ROOM_DOUBLE_BOOKED).get(0);

        assertThat(checker.check(with(sessions)).of(Rule.ROOM_DOUBLE_BOOKED)).hasSize(1);
        assertThat(clash.sessions()).hasSize(3_000).startsWith(new SessionId("s0000")).endsWith(new SessionId("s2999"));
        assertThat(clash.times()).hasSize(3_000);
        assertThat(clash.message("fr")).isEqualTo("La salle « Salle banquets » (banquets) accueille 3000 sessions "
                + "qui se chevauchent sur 2026-01-29 09:00–10:00 : « Session s0000 » (s0000, 2026-01-29 09:00–10:00), "
                + "« Session s0001 » (s0001, 2026-01-29 09:00–10:00), « Session s0002 » (s0002, 2026-01-29 09:00–10:00) "
                + "et 2997 autres.");
    }

    @Test
    void theSeverityCanBeLoweredOrTheRuleSwitchedOff() {
        PublicEdition edition = with(session("a").at(1, "09:00", "11:00").in("banquets").build(),
                session("b").at(1, "10:00", "12:00").in("banquets").build());

        CheckReport lowered = new ProgrammeChecker(RuleSettings.defaults().with(Rule.ROOM_DOUBLE_BOOKED,
                Severity.WARNING)).check(edition);
        assertThat(lowered.of(Rule.ROOM_DOUBLE_BOOKED)).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(lowered.hasErrors()).isFalse();

        assertThat(new ProgrammeChecker(RuleSettings.defaults().without(Rule.ROOM_DOUBLE_BOOKED)).check(edition)
                .findings()).isEmpty();
    }
}
