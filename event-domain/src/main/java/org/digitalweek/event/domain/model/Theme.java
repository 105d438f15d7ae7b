package org.digitalweek.event.domain.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an edition is about, and the tracks its sessions are grouped in.
 *
 * @param title       the theme; not empty
 * @param description a longer text; may be empty
 * @param tracks      the tracks, each id once
 */
public record Theme(LocalizedText title, LocalizedText description, List<Track> tracks) {

    /** Checks that the title is given and track ids are unique. */
    public Theme {
        Objects.requireNonNull(title, "'title' must not be null");
        Objects.requireNonNull(description, "'description' must not be null");
        tracks = Invariants.copy(tracks, "tracks");
        Invariants.require(!title.isEmpty(), "Theme", "title must not be empty");
        Invariants.unique(tracks, Track::id, "Theme", "track");
    }

    /**
     * @param id a track id
     * @return the track with that id, if the theme has it
     */
    public Optional<Track> track(TrackId id) {
        return tracks.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
