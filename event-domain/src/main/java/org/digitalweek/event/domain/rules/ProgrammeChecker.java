package org.digitalweek.event.domain.rules;

import java.util.Objects;

import org.digitalweek.event.domain.model.PublicEdition;

/**
 * Checks a programme against the {@link Rule rules} an organiser would want caught before
 * publishing: double bookings of rooms and people, journeys too short between venues, sessions
 * outside the week or over capacity, and breaches of protocol. Cancelled sessions are ignored.
 *
 * <h2>Cost</h2>
 * The checker never compares every pair of sessions, and never reports one finding per pair. It
 * sorts the sessions by start once; double bookings then come from a sweep over each room's and
 * each person's sessions, taken from that order, one finding per group of sessions that overlap
 * (see {@code OverlapSweep}); short journeys from a second sweep per person, one finding per session
 * reached too soon (see {@code ShortJourneys}). With n sessions and p participations the whole check
 * is O(n log n + p log p), whatever the number of overlapping pairs: 3,000 sessions at once in one
 * room are one finding. The other rules look at one session at a time, O(n + p). The rules run over
 * arrays of numbers (see {@code Programme}): each session's objects are read once, its times become
 * {@code int} keys, and the sort by start sorts {@code long}s. The benchmark module compares the
 * check with the sort of the sessions by start and with the pairwise check.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ProgrammeChecker {

    private final RuleSettings settings;

    /** A checker with every rule on, at its default severity. */
    public ProgrammeChecker() {
        this(RuleSettings.defaults());
    }

    /** @param settings which rules to apply, how severe each is, and the travel buffer */
    public ProgrammeChecker(RuleSettings settings) {
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
    }

    /** @return the settings this checker applies */
    public RuleSettings settings() {
        return settings;
    }

    /**
     * @param edition an edition
     * @return what the rules find in its programme, most serious first
     */
    public CheckReport check(PublicEdition edition) {
        Objects.requireNonNull(edition, "'edition' must not be null");
        Programme programme = new Programme(edition, settings.travelBuffer());
        Sink sink = new Sink(settings);
        RoomChecks.run(programme, sink);
        PersonChecks.run(programme, sink);
        PlacementChecks.run(programme, sink);
        ProtocolChecks.run(programme, sink);
        return new CheckReport(sink.findings());
    }
}
