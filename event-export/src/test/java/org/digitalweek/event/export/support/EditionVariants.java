package org.digitalweek.event.export.support;

import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionStatus;

/** The sample edition with one thing changed, for the cases an export must get right. */
public final class EditionVariants {

    /** Markup, entities, quotes, a CDATA end, right-to-left and astral text: hostile, but no control character. */
    public static final String HOSTILE = "<script>alert(\"x\")</script> & &amp; 'quoted' \"double\" ]]> "
            + "<!-- --> ‮ تجربة 𝕳𝖊𝖑𝖑𝖔 👩‍💻 \\u0000 ${x} {{x}} %s";

    private EditionVariants() {
    }

    /**
     * @param title a title
     * @return the sample whose opening ceremony has that title and summary, in French and English
     */
    public static PublicEdition retitled(String title) {
        Session s = session("ceremonie-de-lancement");
        LocalizedText text = LocalizedText.frEn(title, title);
        return Editions.sample().withSession(new Session(s.id(), s.type(), text, text, s.track(), s.slot(),
                s.room(), s.participants(), s.languages(), s.status(), s.expectedAttendance(), s.statements(),
                s.provenance(), s.parallelAllowed(), s.origin()));
    }

    /** @return the sample with the panel cancelled and the masterclass tentative */
    public static PublicEdition cancelledAndTentative() {
        return Editions.sample()
                .withSession(session("panel-gouvernance-numerique").withStatus(SessionStatus.CANCELLED))
                .withSession(session("masterclass-ia").withStatus(SessionStatus.TENTATIVE));
    }

    private static Session session(String id) {
        return Editions.sample().session(new SessionId(id)).orElseThrow();
    }
}
