package org.digitalweek.event.domain.rules;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.digitalweek.event.domain.error.InvariantViolationException;

/**
 * Which rules the checker applies and how severe each one is. Start from {@link #defaults()} and
 * reconfigure: {@code RuleSettings.defaults().with(Rule.OVER_CAPACITY, Severity.ERROR).without(Rule.ROOM_NOT_CHOSEN)}.
 *
 * @param severities   the severity of each rule that is on; a rule absent from the map is off
 * @param travelBuffer the least time a person needs between sessions at two different venues; from zero to
 *                     {@link #MAX_TRAVEL_BUFFER}
 */
public record RuleSettings(Map<Rule, Severity> severities, Duration travelBuffer) {

    /** The travel buffer of the defaults: half an hour between two venues of a capital city. */
    public static final Duration DEFAULT_TRAVEL_BUFFER = Duration.ofMinutes(30);

    /** The longest travel buffer: a day, beyond which two sessions are on different days anyway. */
    public static final Duration MAX_TRAVEL_BUFFER = Duration.ofDays(1);

    /** Copies the map and checks that the buffer is between zero and a day. */
    public RuleSettings {
        Objects.requireNonNull(severities, "'severities' must not be null");
        Objects.requireNonNull(travelBuffer, "'travelBuffer' must not be null");
        EnumMap<Rule, Severity> copy = new EnumMap<>(Rule.class);
        copy.putAll(severities);
        copy.values().forEach(s -> Objects.requireNonNull(s, "a rule's severity must not be null"));
        severities = Collections.unmodifiableMap(copy);
        if (travelBuffer.isNegative() || travelBuffer.compareTo(MAX_TRAVEL_BUFFER) > 0) {
            throw new InvariantViolationException("RuleSettings",
                    "travel buffer must be between 0 and 24 hours, not " + travelBuffer);
        }
    }

    /** @return every rule on, at its default severity, with the default travel buffer */
    public static RuleSettings defaults() {
        EnumMap<Rule, Severity> all = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            all.put(rule, rule.defaultSeverity());
        }
        return new RuleSettings(all, DEFAULT_TRAVEL_BUFFER);
    }

    /**
     * @param rule     a rule
     * @param severity its new severity
     * @return these settings with the rule on at that severity
     */
    public RuleSettings with(Rule rule, Severity severity) {
        EnumMap<Rule, Severity> next = new EnumMap<>(Rule.class);
        next.putAll(severities);
        next.put(Objects.requireNonNull(rule, "'rule' must not be null"),
                Objects.requireNonNull(severity, "'severity' must not be null"));
        return new RuleSettings(next, travelBuffer);
    }

    /**
     * @param rule a rule
     * @return these settings with the rule off
     */
    public RuleSettings without(Rule rule) {
        EnumMap<Rule, Severity> next = new EnumMap<>(Rule.class);
        next.putAll(severities);
        next.remove(Objects.requireNonNull(rule, "'rule' must not be null"));
        return new RuleSettings(next, travelBuffer);
    }

    /**
     * @param buffer the least time between sessions at two venues
     * @return these settings with that buffer
     */
    public RuleSettings withTravelBuffer(Duration buffer) {
        return new RuleSettings(severities, buffer);
    }

    /**
     * @param rule a rule
     * @return its severity, or empty when it is off
     */
    public Optional<Severity> severityOf(Rule rule) {
        return Optional.ofNullable(severities.get(rule));
    }
}
