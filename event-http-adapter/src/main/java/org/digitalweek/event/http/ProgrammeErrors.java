package org.digitalweek.event.http;

import org.digitalweek.event.domain.rules.ProgrammeHasErrorsException;

/**
 * A publication the programme's errors stop: a forbidden change (409) whose detail is the domain's
 * refusal, which lists every error finding in the request's language, so that the organiser sees
 * what to fix. (The problem's members stay those of the contract; {@code GET …/findings} gives the
 * findings as JSON.)
 */
final class ProgrammeErrors {

    private ProgrammeErrors() {
    }

    /**
     * @param refusal the domain's refusal
     * @return the 409 problem
     */
    static ApiProblem refusal(ProgrammeHasErrorsException refusal) {
        return new ApiProblem(409, "forbidden-change", refusal.getMessage("fr"), refusal.getMessage("en"));
    }
}
