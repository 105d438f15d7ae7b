package org.digitalweek.event.domain.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitalweek.event.domain.reuse.SampleEditions.BAMAKO;
import static org.digitalweek.event.domain.reuse.SampleEditions.OPENING;
import static org.digitalweek.event.domain.reuse.SampleEditions.source;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.language.LanguageTags;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.Venue;
import org.junit.jupiter.api.Test;

/** Cloning the Bamako edition into a sister edition in Niamey, another country and time zone. */
class SisterEditionTest {

    private static final ZoneId NIAMEY = ZoneId.of("Africa/Niamey");
    private static final EditionId NIAMEY_2026 = new EditionId("snn-2026");
    /** Five weeks after the source's first day: a Thursday. */
    private static final LocalDate MARCH_5 = LocalDate.of(2026, 3, 5);

    private static PublicEdition inNiamey(LocalDate start) {
        CloneRequest request = CloneRequest.of(NIAMEY_2026, start).withHost(Country.NIGER, "Niamey", NIAMEY);
        return EditionCloner.cloneEdition(source(), request).publicView();
    }

    @Test
    void takesTheNewHost() {
        PublicEdition clone = inNiamey(MARCH_5);

        assertThat(clone.hostCountry()).contains(Country.NIGER);
        assertThat(clone.hostCity()).contains("Niamey");
        assertThat(clone.zone()).isEqualTo(NIAMEY).isNotEqualTo(BAMAKO);
    }

    @Test
    void keepsLocalTimesAndWeekdaysThoughTheZoneDiffers() {
        PublicEdition clone = inNiamey(LocalDate.of(2026, 3, 6));

        Session opening = clone.session(OPENING).orElseThrow();
        assertThat(opening.slot().start()).isEqualTo(LocalDateTime.of(2026, 3, 5, 9, 0));
        assertThat(opening.slot().end()).isEqualTo(LocalDateTime.of(2026, 3, 5, 11, 0));
        assertThat(clone.dates().start().getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(opening.slot().startIn(clone.zone()).getZone()).isEqualTo(NIAMEY);
        for (Session copy : clone.sessions()) {
            Session original = source().publicView().session(copy.id()).orElseThrow();
            assertThat(copy.slot().start().toLocalTime()).isEqualTo(original.slot().start().toLocalTime());
            assertThat(copy.slot().start().getDayOfWeek()).isEqualTo(original.slot().start().getDayOfWeek());
        }
    }

    @Test
    void venuesAndRoomsBecomeIllustrativeTemplatesNamingTheSource() {
        PublicEdition clone = inNiamey(MARCH_5);

        assertThat(clone.venues()).hasSize(1);
        Venue cicb = clone.venues().get(0);
        assertThat(cicb.city()).contains("Bamako");
        assertCarriedOver(cicb.provenance());
        assertThat(cicb.rooms()).hasSize(2).allSatisfy(room -> assertCarriedOver(room.provenance()));
        assertThat(cicb.rooms()).extracting(Room::id).isEqualTo(SampleEditions.cicb().rooms().stream()
                .map(Room::id).toList());
    }

    private static void assertCarriedOver(Provenance provenance) {
        assertThat(provenance.isIllustrative()).isTrue();
        Provenance.Illustrative illustrative = (Provenance.Illustrative) provenance;
        assertThat(illustrative.note().exactly(LanguageTags.FRENCH)).hasValueSatisfying(
                fr -> assertThat(fr).contains("snm-2026", "Niamey", "confirmer", "remplacer"));
        assertThat(illustrative.note().exactly(LanguageTags.ENGLISH)).hasValueSatisfying(
                en -> assertThat(en).contains("snm-2026", "Niamey", "confirmed", "replaced"));
    }

    @Test
    void theSameCityWrittenDifferentlyKeepsTheVenuesAsReported() {
        CloneRequest request = CloneRequest.of(NIAMEY_2026, MARCH_5).withHost(Country.MALI, " bamako", BAMAKO);

        PublicEdition clone = EditionCloner.cloneEdition(source(), request).publicView();

        assertThat(clone.venues()).isEqualTo(source().publicView().venues());
    }

    @Test
    void aCityOfTheSameNameInAnotherCountryIsElsewhere() {
        CloneRequest request = CloneRequest.of(NIAMEY_2026, MARCH_5).withHost(Country.NIGER, "Bamako", NIAMEY);

        PublicEdition clone = EditionCloner.cloneEdition(source(), request).publicView();

        assertThat(clone.venues()).allSatisfy(v -> assertThat(v.provenance().isIllustrative()).isTrue());
    }
}
