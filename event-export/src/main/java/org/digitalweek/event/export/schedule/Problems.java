package org.digitalweek.event.export.schedule;

import java.util.ArrayList;
import java.util.List;

import org.digitalweek.event.domain.error.DocumentProblem;
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
     * @param place where
     * @param rule  what the document broke, in English
     */
    public void add(String place, String rule) {
        if (found.size() < LISTED) {
            found.add(new DocumentProblem(place, rule));
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
            all.add(new DocumentProblem("…", unlisted + " more problems, not listed"));
        }
        throw new UnreadableDocumentException(source, all);
    }

    /**
     * @param place where
     * @param rule  what the document broke
     * @return the failure of the document at that place alone, for problems after which reading cannot go on
     */
    public UnreadableDocumentException fatal(String place, String rule) {
        add(place, rule);
        List<DocumentProblem> all = new ArrayList<>(found);
        return new UnreadableDocumentException(source, all);
    }
}
