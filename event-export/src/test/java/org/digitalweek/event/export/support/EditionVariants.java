package org.digitalweek.event.export.support;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Series;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionLink;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SourceIdentity;
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

    /** The public page of the opening ceremony in {@link #linked()}: a query with an ampersand and quotes. */
    public static final String OPENING_PAGE = "https://snm.example.ml/2026/programme/lancement?lang=fr&vue='plein'";
    /** The source guid of the opening ceremony in {@link #linked()}. */
    public static final String OPENING_GUID = "2f0c1a7e-6b1d-4c3a-9e55-0d8c3e1b7a10";
    /** The source guid that two sessions of {@link #linked()} share. */
    public static final String SHARED_GUID = "shared-guid@fahrplan.example.org";
    /** A link title with markup, which every export must escape. */
    public static final String HOSTILE_LINK_TITLE = "<b>Diapos</b> & \"co\"";

    /**
     * @return the sample as if imported: the opening ceremony has a source identity (guid, id, slug,
     *         kind), a public page and four links (live stream, slides with a hostile title, a recording
     *         with no title, an attached file); the panel has only a guid that is no safe iCalendar UID
     *         ({@code "guid with spaces; and, commas"}); the masterclass and the exhibition share the
     *         guid {@value #SHARED_GUID}
     */
    public static PublicEdition linked() {
        Session opening = session("ceremonie-de-lancement");
        Session panel = session("panel-gouvernance-numerique");
        Session masterclass = session("masterclass-ia");
        Session exhibition = session("exposition-savoir-faire-local");
        return Editions.sample()
                .withSession(with(opening, SourceIdentity.of(OPENING_GUID, "6258", "snm2026-6258-lancement",
                        "Cérémonie"), Optional.of(URI.create(OPENING_PAGE)), List.of(
                        new SessionLink(URI.create("https://live.example.ml/snm/banquets"),
                                LocalizedText.frEn("Direct", "Live stream"), LinkKind.LIVESTREAM),
                        new SessionLink(URI.create("https://snm.example.ml/docs/diapos.pdf"),
                                LocalizedText.fr(HOSTILE_LINK_TITLE), LinkKind.SLIDES),
                        new SessionLink(URI.create("https://video.example.ml/v/lancement"), LocalizedText.EMPTY,
                                LinkKind.RECORDING),
                        new SessionLink(URI.create("https://snm.example.ml/docs/programme%20officiel.pdf"),
                                LocalizedText.frEn("Programme officiel", "Official programme"), LinkKind.ATTACHMENT))))
                .withSession(with(panel, SourceIdentity.of("guid with spaces; and, commas", null, null, null),
                        Optional.empty(), List.of()))
                .withSession(with(masterclass, SourceIdentity.of(SHARED_GUID, null, null, null), Optional.empty(),
                        List.of()))
                .withSession(with(exhibition, SourceIdentity.of(SHARED_GUID, "12", null, null), Optional.empty(),
                        List.of()));
    }

    private static Session with(Session s, SourceIdentity source, Optional<URI> url, List<SessionLink> links) {
        return new Session(s.id(), s.type(), s.title(), s.summary(), s.track(), s.slot(), s.room(), s.participants(),
                s.languages(), s.status(), s.expectedAttendance(), s.statements(), s.provenance(),
                s.parallelAllowed(), s.origin(), source, url, links);
    }

    private static Session session(String id) {
        return Editions.sample().session(new SessionId(id)).orElseThrow();
    }
}
