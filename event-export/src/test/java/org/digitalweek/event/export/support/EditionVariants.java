package org.digitalweek.event.export.support;

import java.util.Optional;

import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Series;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.Venue;

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

    /**
     * @return the sample as a schedule that names no place gives it (issue 17): the host city and
     *         country of the edition, of its series and of its venues are not given
     */
    public static PublicEdition withoutHost() {
        PublicEdition sample = Editions.sample();
        return sample.toBuilder()
                .series(new Series(sample.series().id(), Optional.empty(), sample.series().name()))
                .host(Optional.empty(), Optional.empty())
                .venues(sample.venues().stream().map(v -> new Venue(v.id(), v.name(), v.shortName(), Optional.empty(),
                        Optional.empty(), v.rooms(), v.provenance())).toList())
                .build();
    }

    private static Session session(String id) {
        return Editions.sample().session(new SessionId(id)).orElseThrow();
    }
}
