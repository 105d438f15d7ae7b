package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.AI;
import static org.digitalweek.event.domain.model.ModelFixtures.GOVERNANCE;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;
import static org.digitalweek.event.domain.model.ModelFixtures.track;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ThemeTest {

    private static final LocalizedText TITLE = LocalizedText.fr("Souveraineté numérique");

    @Test
    void trackNeedsAName() {
        assertViolation(() -> new Track(AI, LocalizedText.EMPTY), "Track", "name must not be empty");
    }

    @Test
    void trackRejectsNullParts() {
        assertThatNullPointerException().isThrownBy(() -> new Track(null, TITLE)).withMessageContaining("'id'");
        assertThatNullPointerException().isThrownBy(() -> new Track(AI, null)).withMessageContaining("'name'");
    }

    @Test
    void themeNeedsATitle() {
        assertViolation(() -> new Theme(LocalizedText.EMPTY, LocalizedText.EMPTY, List.of()),
                "Theme", "title must not be empty");
    }

    @Test
    void themeMayHaveNoDescriptionAndNoTracks() {
        Theme theme = new Theme(TITLE, LocalizedText.EMPTY, List.of());

        assertThat(theme.description().isEmpty()).isTrue();
        assertThat(theme.tracks()).isEmpty();
    }

    @Test
    void themeRejectsATrackIdTwice() {
        List<Track> tracks = List.of(track(AI), new Track(AI, LocalizedText.fr("Autre")));

        assertViolation(() -> new Theme(TITLE, LocalizedText.EMPTY, tracks), "Theme", "track 'ia' appears twice");
    }

    @Test
    void themeRejectsNullParts() {
        assertThatNullPointerException().isThrownBy(() -> new Theme(null, LocalizedText.EMPTY, List.of()))
                .withMessageContaining("'title'");
        assertThatNullPointerException().isThrownBy(() -> new Theme(TITLE, null, List.of()))
                .withMessageContaining("'description'");
        assertThatNullPointerException().isThrownBy(() -> new Theme(TITLE, LocalizedText.EMPTY, null))
                .withMessageContaining("'tracks'");
    }

    @Test
    void trackFindsATrackById() {
        Theme theme = new Theme(TITLE, LocalizedText.EMPTY, List.of(track(GOVERNANCE), track(AI)));

        assertThat(theme.track(AI)).contains(track(AI));
        assertThat(theme.track(new TrackId("culture"))).isEmpty();
    }

    @Test
    void tracksAreCopiedAndUnmodifiable() {
        List<Track> source = new ArrayList<>(List.of(track(GOVERNANCE)));
        Theme theme = new Theme(TITLE, LocalizedText.EMPTY, source);
        source.add(track(AI));

        assertThat(theme.tracks()).containsExactly(track(GOVERNANCE));
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> theme.tracks().add(track(AI)));
    }
}
