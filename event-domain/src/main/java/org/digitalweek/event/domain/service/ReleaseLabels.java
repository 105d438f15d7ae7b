package org.digitalweek.event.domain.service;

import java.util.List;

import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.error.ItemNotFoundException;
import org.digitalweek.event.domain.model.ReleaseSummary;

/**
 * Release labels: unique in an edition, and never a number other than the release's own, so that
 * "3" always means the third release whether it is read as a label or as a number.
 */
final class ReleaseLabels {

    private ReleaseLabels() {
    }

    static String choose(String editionId, String wanted, int number, List<ReleaseSummary> earlier) {
        if (wanted == null) {
            return String.valueOf(number);
        }
        if (wanted.chars().allMatch(Character::isDigit) && !wanted.equals(String.valueOf(number))) {
            throw new ForbiddenChangeException(editionId,
                    "l'étiquette « " + wanted + " » est un nombre ; seule « " + number + " » convient à cette publication",
                    "label '" + wanted + "' is a number; only '" + number + "' fits this release");
        }
        if (earlier.stream().anyMatch(r -> r.label().equals(wanted))) {
            throw new ForbiddenChangeException(editionId, "l'étiquette « " + wanted + " » est déjà prise",
                    "label '" + wanted + "' is taken already");
        }
        return wanted;
    }

    /** @return the number of the release with that label, or of that number */
    static int resolve(String editionId, String reference, List<ReleaseSummary> releases) {
        for (ReleaseSummary r : releases) {
            if (r.label().equals(reference) || String.valueOf(r.number()).equals(reference)) {
                return r.number();
            }
        }
        throw new ItemNotFoundException(editionId, "release", reference);
    }
}
