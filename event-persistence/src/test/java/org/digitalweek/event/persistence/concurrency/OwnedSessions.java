package org.digitalweek.event.persistence.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionType;

/**
 * A small edition in which each writer owns one session and counts its updates in that session's
 * title: {@code writer 3, update 41}. An update changes nothing but its owner's session, so a save
 * that overwrote another writer's work shows as a count that went back. The edition is kept small
 * (a few sessions, no people) so that a save is cheap even where it rewrites every row.
 */
final class OwnedSessions {

    /** The most writers an edition has sessions for: 8 threads, or 2 processes. */
    static final int WRITERS = 8;
    /** The edition the writers update. */
    static final EditionId ID = new EditionId(EditionDrafts.ID);

    private OwnedSessions() {
    }

    /** @return the edition before any update: every writer's session at update 0 */
    static Edition initial() {
        List<SessionDraft> sessions = IntStream.range(0, WRITERS).mapToObj(writer -> EditionDrafts.session(
                sessionOf(writer).value(), SessionType.WORKSHOP, EditionDrafts.slot(writer % 4, 9, writer % 4, 10),
                null, null, List.of(), List.of())).toList();
        Edition week = Edition.of(Drafts.toEdition(EditionDrafts.week().withSessions(new ArrayList<>(sessions))));
        Edition edition = week;
        for (int writer = 0; writer < WRITERS; writer++) {
            edition = withUpdate(edition, writer, 0);
        }
        return edition;
    }

    /**
     * Checks that no update was lost: the version counts every save, and each writer's session
     * holds its last update.
     *
     * @param last    the edition after all writers are done
     * @param writers how many writers there were, numbered from 0
     * @param updates how many updates each made
     */
    static void assertHoldsEveryUpdate(Edition last, int writers, int updates) {
        assertThat(last.version()).isEqualTo(1L + (long) writers * updates);
        for (int writer = 0; writer < writers; writer++) {
            assertThat(updatesOf(last, writer)).as("writer %d", writer).isEqualTo(updates);
        }
    }

    /**
     * @param edition an edition made from {@link #initial()}
     * @param writer  a writer
     * @return how many updates of that writer it holds
     */
    static int updatesOf(Edition edition, int writer) {
        String title = session(edition, writer).title().resolve("fr");
        String prefix = "writer " + writer + ", update ";
        if (!title.startsWith(prefix)) {
            throw new IllegalStateException("session of writer " + writer + " is titled '" + title + "'");
        }
        return Integer.parseInt(title.substring(prefix.length()));
    }

    /**
     * @param edition an edition made from {@link #initial()}
     * @param writer  a writer
     * @param update  the number of its update
     * @return the edition with that writer's session counting {@code update}, nothing else changed
     */
    static Edition withUpdate(Edition edition, int writer, int update) {
        Session s = session(edition, writer);
        Session retitled = new Session(s.id(), s.type(), LocalizedText.fr("writer " + writer + ", update " + update),
                s.summary(), s.track(), s.slot(), s.room(), s.participants(), s.languages(), s.status(),
                s.expectedAttendance(), s.statements(), s.provenance(), s.parallelAllowed(), s.origin());
        return edition.withPublicView(edition.publicView().withSession(retitled));
    }

    private static Session session(Edition edition, int writer) {
        return edition.publicView().session(sessionOf(writer))
                .orElseThrow(() -> new IllegalStateException("no session for writer " + writer));
    }

    private static SessionId sessionOf(int writer) {
        return new SessionId("writer-" + writer);
    }
}
