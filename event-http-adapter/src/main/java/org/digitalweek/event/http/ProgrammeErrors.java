package org.digitalweek.event.http;

import java.util.Map;

import org.digitalweek.event.domain.rules.ProgrammeHasErrorsException;

/**
 * A publication the programme's errors stop: a forbidden change (409) whose problem lists the
 * error findings, in the request's language, so that the organiser sees what to fix.
 */
final class ProgrammeErrors {

    private ProgrammeErrors() {
    }

    /**
     * @param refusal the domain's refusal
     * @param tag     the request's language, or null
     * @return the 409 problem, with the findings as the member {@code findings}
     */
    static ApiProblem refusal(ProgrammeHasErrorsException refusal, String tag) {
        return new ApiProblem(409, "forbidden-change", refusal.getMessage("fr"), refusal.getMessage("en"),
                Map.of("findings", WrittenFindings.array(refusal.errors(), tag)));
    }
}
