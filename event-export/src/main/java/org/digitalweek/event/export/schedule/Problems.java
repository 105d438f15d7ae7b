package org.digitalweek.event.export.schedule;

import java.util.ArrayList;
import java.util.List;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.error.DocumentProblem;
import org.digitalweek.event.domain.error.Plurals;
import org.digitalweek.event.domain.error.UnreadableDocumentException;

/**
 * The problems met while reading one document, so that all of them are reported together. Past a
 * hundred, the rest are counted, not listed: one message stays readable.
 */
public final class Problems {

    private static final int LISTED = 100;

    private final String source;
    private final List<DocumentProblem> found = new ArrayList<>();
    private int unlisted;

    /** @param source the document's name */
    public Problems(String source) {
        this.source = source;
    }

    /**
     * @param place  where
     * @param ruleFr what the document broke, in French
     * @param ruleEn what the document broke, in English
     */
    public void add(DocumentPlace place, String ruleFr, String ruleEn) {
        if (found.size() < LISTED) {
            found.add(new DocumentProblem(place, ruleFr, ruleEn));
        } else {
            unlisted++;
        }
    }

    /** @return whether nothing is wrong so far */
    public boolean none() {
        return found.isEmpty();
    }

    /** @throws UnreadableDocumentException with every problem, when there is one */
    public void throwIfAny() {
        if (found.isEmpty()) {
            return;
        }
        List<DocumentProblem> all = new ArrayList<>(found);
        if (unlisted > 0) {
            all.add(new DocumentProblem(DocumentPlace.ELSEWHERE,
                    Plurals.french(unlisted, "autre problème, non listé", "autres problèmes, non listés"),
                    Plurals.english(unlisted, "more problem, not listed", "more problems, not listed")));
        }
        throw new UnreadableDocumentException(source, all);
    }

    /**
     * @param place  where
     * @param ruleFr what the document broke, in French
     * @param ruleEn what the document broke, in English
     * @return the failure of the document at that place alone, for problems after which reading cannot go on
     */
    public UnreadableDocumentException fatal(DocumentPlace place, String ruleFr, String ruleEn) {
        add(place, ruleFr, ruleEn);
        List<DocumentProblem> all = new ArrayList<>(found);
        return new UnreadableDocumentException(source, all);
    }
}
