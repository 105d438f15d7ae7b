package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.CICB;
import static org.digitalweek.event.domain.model.ModelFixtures.SALLE_1;
import static org.digitalweek.event.domain.model.ModelFixtures.SALLE_2;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;
import static org.digitalweek.event.domain.model.ModelFixtures.room;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class VenueTest {

    private static final LocalizedText NAME = LocalizedText.fr("Centre international de conférences de Bamako");

    private static Venue venue(Optional<String> shortName, String city, List<Room> rooms) {
        return new Venue(CICB, NAME, shortName, city, Country.MALI, rooms, Provenance.reported());
    }

    @Test
    void keepsItsParts() {
        Venue venue = venue(Optional.of("CICB"), "Bamako", List.of(room(SALLE_1), room(SALLE_2)));

        assertThat(venue.shortName()).contains("CICB");
        assertThat(venue.city()).contains("Bamako");
        assertThat(venue.rooms()).containsExactly(room(SALLE_1), room(SALLE_2));
    }

    @Test
    void rejectsABlankCity() {
        assertViolation(() -> venue(Optional.empty(), " ", List.of()), "Venue", "city must not be blank");
    }

    @Test
    void rejectsABlankShortName() {
        assertViolation(() -> venue(Optional.of(""), "Bamako", List.of()), "Venue", "shortName must not be blank");
    }

    @Test
    void needsAName() {
        assertViolation(() -> new Venue(CICB, LocalizedText.EMPTY, Optional.empty(), "Bamako", Country.MALI,
                List.of(), Provenance.reported()), "Venue", "name must not be empty");
    }

    @Test
    void rejectsARoomIdTwice() {
        List<Room> rooms = List.of(room(SALLE_1), room(SALLE_2), room(SALLE_1));

        assertViolation(() -> venue(Optional.empty(), "Bamako", rooms), "Venue", "room 'cicb-salle-1' appears twice");
    }

    @Test
    void roomsAreCopiedAndUnmodifiable() {
        List<Room> source = new ArrayList<>(List.of(room(SALLE_1)));
        Venue venue = venue(Optional.empty(), "Bamako", source);
        source.add(room(SALLE_2));

        assertThat(venue.rooms()).containsExactly(room(SALLE_1));
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> venue.rooms().add(room(SALLE_2)));
    }

    @Test
    void rejectsNullParts() {
        Optional<String> none = Optional.empty();
        List<Room> rooms = List.of();
        Provenance reported = Provenance.reported();
        assertThatNullPointerException()
                .isThrownBy(() -> new Venue(null, NAME, none, "Bamako", Country.MALI, rooms, reported))
                .withMessageContaining("'id'");
        assertThatNullPointerException()
                .isThrownBy(() -> new Venue(CICB, null, none, "Bamako", Country.MALI, rooms, reported))
                .withMessageContaining("'name'");
        assertThatNullPointerException()
                .isThrownBy(() -> new Venue(CICB, NAME, null, "Bamako", Country.MALI, rooms, reported))
                .withMessageContaining("'shortName'");
        assertThatNullPointerException()
                .isThrownBy(() -> new Venue(CICB, NAME, none, null, Country.MALI, rooms, reported))
                .withMessageContaining("'city'");
        assertThatNullPointerException()
                .isThrownBy(() -> new Venue(CICB, NAME, none, "Bamako", null, rooms, reported))
                .withMessageContaining("'country'");
        assertThatNullPointerException()
                .isThrownBy(() -> new Venue(CICB, NAME, none, "Bamako", Country.MALI, null, reported))
                .withMessageContaining("'rooms'");
        assertThatNullPointerException()
                .isThrownBy(() -> new Venue(CICB, NAME, none, "Bamako", Country.MALI, rooms, null))
                .withMessageContaining("'provenance'");
    }
}
