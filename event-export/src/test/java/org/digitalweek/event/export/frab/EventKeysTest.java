package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.SourceIdentity;
import org.digitalweek.event.domain.model.TimeSlot;
import org.digitalweek.event.export.schedule.MintedGuids;

/**
 * A session's event reuses its source's guid, integer id and slug, the first session that claims one
 * keeps it, and no two events share a guid, an id or a slug, even when their sessions came from
 * different sources; only a source id that is a positive integer written as such is reused.
 */
class EventKeysTest {

    private static final String GUID = "29aecfd7-2e44-4f49-ab86-29b5e0877325";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Test
    void theSourceKeysAreReusedOnceAndTheOthersMinted() {
        List<DayPart> parts = List.of(
                part("a", SourceIdentity.of(GUID, "6561", "31c3-6561-opening", "lecture")),
                part("b", SourceIdentity.of(GUID, "6561", "31c3-6561-opening", "lecture")),
                part("c", SourceIdentity.of("HOqeNIb6G7M4hYFKFRkCmQ", "0123", null, null)),
                part("d", SourceIdentity.of(null, "99999999999", null, null)),
                part("e", SourceIdentity.NONE));

        List<EventKeys.Keys> keys = EventKeys.of(parts, "demo", "demo");

        assertThat(keys.get(0)).isEqualTo(new EventKeys.Keys(GUID, 6561, "31c3-6561-opening"));
        assertThat(keys.get(1).guid()).as("the same guid from another source").isNotEqualTo(GUID)
                .isEqualTo(MintedGuids.session("demo", "b").toString());
        assertThat(keys.get(1).id()).isNotEqualTo(6561);
        assertThat(keys.get(1).slug()).isEqualTo("demo-" + keys.get(1).id() + "-b");
        assertThat(keys.get(2).guid()).as("kept as the source wrote it").isEqualTo("HOqeNIb6G7M4hYFKFRkCmQ");
        assertThat(keys.get(2).id()).as("0123 is not written as an integer").isNotEqualTo(123);
        assertThat(keys.get(3).id()).as("over 2^31-1").isBetween(NameBasedIds.FIRST_ID, Integer.MAX_VALUE);
        assertThat(keys.get(4).guid()).isEqualTo(MintedGuids.session("demo", "e").toString());
        assertThat(UUID.fromString(keys.get(4).guid()).version()).isEqualTo(5);
        assertThat(keys).extracting(EventKeys.Keys::guid).doesNotHaveDuplicates();
        assertThat(keys).extracting(EventKeys.Keys::id).doesNotHaveDuplicates();
        assertThat(keys).extracting(EventKeys.Keys::slug).doesNotHaveDuplicates();
    }

    @Test
    void aMintedIdNeverTakesASourceIdOfAnotherSession() {
        List<DayPart> minted = List.of(part("x", SourceIdentity.NONE));
        int mintedId = EventKeys.of(minted, "demo", "demo").get(0).id();

        List<EventKeys.Keys> keys = EventKeys.of(List.of(part("x", SourceIdentity.NONE),
                part("y", SourceIdentity.of(null, Integer.toString(mintedId), null, null))), "demo", "demo");

        assertThat(keys.get(1).id()).as("the source's id, claimed first").isEqualTo(mintedId);
        assertThat(keys.get(0).id()).isNotEqualTo(mintedId);
    }

    private static DayPart part(String id, SourceIdentity source) {
        Session session = new Session(new SessionId(id), SessionType.OTHER, LocalizedText.fr(id), LocalizedText.EMPTY,
                Optional.empty(), new TimeSlot(DAY.atTime(9, 0), DAY.atTime(10, 0)), Optional.empty(), List.of(),
                List.of(), SessionStatus.CONFIRMED, OptionalInt.empty(), List.of(), Provenance.reported(), false,
                Optional.empty(), source, Optional.empty(), List.of());
        return DayPart.of(session, LocalTime.MIDNIGHT, DAY, DAY).get(0);
    }
}
