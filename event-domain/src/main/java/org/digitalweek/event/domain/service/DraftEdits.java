package org.digitalweek.event.domain.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.MinistryDraft;
import org.digitalweek.event.domain.draft.OfficialDraft;
import org.digitalweek.event.domain.draft.ParticipationDraft;
import org.digitalweek.event.domain.draft.SessionDraft;

/** Adds an item to an edition draft, or puts it in place of the item with the same id. */
final class DraftEdits {

    private DraftEdits() {
    }

    static EditionDraft withParticipation(EditionDraft draft, MinistryDraft ministry, ParticipationDraft participation) {
        return draft.withParticipants(upsert(draft.ministries(), ministry, MinistryDraft::id),
                upsert(draft.participations(), participation, ParticipationDraft::ministry));
    }

    static EditionDraft withOfficial(EditionDraft draft, OfficialDraft official) {
        return draft.withOfficials(upsert(draft.officials(), official, OfficialDraft::id));
    }

    static EditionDraft withSession(EditionDraft draft, SessionDraft session) {
        return draft.withSessions(upsert(draft.sessions(), session, SessionDraft::id));
    }

    private static <T> List<T> upsert(List<T> items, T item, Function<T, String> id) {
        List<T> result = new ArrayList<>(items == null ? List.of() : items);
        String key = id.apply(item);
        for (int i = 0; i < result.size(); i++) {
            if (key.equals(id.apply(result.get(i)))) {
                result.set(i, item);
                return result;
            }
        }
        result.add(item);
        return result;
    }
}
