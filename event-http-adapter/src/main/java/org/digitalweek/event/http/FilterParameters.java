package org.digitalweek.event.http;

import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.Violation;

/**
 * The query parameters that filter sessions ({@code day}, {@code room}, {@code track}, {@code
 * person}), and the domain's refusal of them said with the names the client sent: a violation on
 * {@code roomId} or {@code selection.roomId} is reported on {@code room}.
 */
final class FilterParameters {

    private static final Map<String, String> PARAMETERS = Map.of("editionId", "id", "day", "day",
            "roomId", "room", "trackId", "track", "personId", "person",
            "selection.roomId", "room", "selection.trackId", "track", "selection.personId", "person");

    private FilterParameters() {
    }

    /**
     * @param refused the domain's refusal of a query
     * @return the same refusal, its violations on the query parameters' names
     */
    static InvalidInputException named(InvalidInputException refused) {
        List<Violation> named = refused.violations().stream().map(v -> new Violation(
                PARAMETERS.getOrDefault(v.path(), v.path()), v.rule(), v.message("fr"), v.message("en"))).toList();
        return new InvalidInputException("le filtre des séances", "the session filter", named);
    }
}
