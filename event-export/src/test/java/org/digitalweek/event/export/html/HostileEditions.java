package org.digitalweek.event.export.html;

import java.util.ArrayList;
import java.util.List;

import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.export.support.Editions;

/** The sample edition with data that tries to break out of the page. */
final class HostileEditions {

    private HostileEditions() {
    }

    /** @return the sample with its first sessions retitled, one title per session */
    static PublicEdition withTitles(String... titles) {
        List<Session> sessions = new ArrayList<>(Editions.sample().programme());
        for (int i = 0; i < titles.length; i++) {
            Session s = sessions.get(i);
            sessions.set(i, new Session(s.id(), s.type(), LocalizedText.frEn(titles[i], titles[i]), s.summary(),
                    s.track(), s.slot(), s.room(), s.participants(), s.languages(), s.status(),
                    s.expectedAttendance(), s.statements(), s.provenance(), s.parallelAllowed(), s.origin()));
        }
        return Editions.sample().toBuilder().sessions(sessions).build();
    }

    /** @return the sample with its first session cancelled */
    static PublicEdition withFirstSessionCancelled() {
        return Editions.sample().withSession(Editions.sample().programme().get(0).withStatus(SessionStatus.CANCELLED));
    }
}
