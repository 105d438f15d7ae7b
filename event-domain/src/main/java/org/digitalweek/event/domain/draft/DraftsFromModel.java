package org.digitalweek.event.domain.draft;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.Provenance;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SourceIdentity;
import org.digitalweek.event.domain.model.Venue;

/** The model back to drafts: the inverse of {@link Drafts#toEdition(EditionDraft)}. */
final class DraftsFromModel {

    private DraftsFromModel() {
    }

    static EditionDraft edition(PublicEdition e) {
        return new EditionDraft(e.id().value(),
                new SeriesDraft(e.series().id().value(), code(e.series().hostCountry()), text(e.series().name())),
                e.number(), text(e.title()),
                new ThemeDraft(text(e.theme().title()), text(e.theme().description()),
                        map(e.theme().tracks(), t -> new TrackDraft(t.id().value(), text(t.name())))),
                e.dates().start(), e.dates().end(), e.zone().getId(), e.hostCity().orElse(null),
                code(e.hostCountry()),
                map(e.venues(), DraftsFromModel::venue),
                map(e.ministries(), m -> new MinistryDraft(m.id().value(), m.country().code(), text(m.name()),
                        m.acronym().orElse(null), note(m.provenance()))),
                map(e.participations(), p -> new ParticipationDraft(p.ministry().value(), p.roles())),
                map(e.officials(), DraftsFromModel::official),
                map(e.sessions(), DraftsFromModel::session),
                e.status(), e.publishedAt().orElse(null), note(e.provenance()));
    }

    private static VenueDraft venue(Venue v) {
        return new VenueDraft(v.id().value(), text(v.name()), v.shortName().orElse(null), v.city().orElse(null),
                code(v.country()),
                map(v.rooms(), r -> new RoomDraft(r.id().value(), text(r.name()),
                        r.capacity().isPresent() ? r.capacity().getAsInt() : null, r.sharedSpace() ? Boolean.TRUE : null,
                        note(r.provenance()))),
                note(v.provenance()));
    }

    private static OfficialDraft official(Official o) {
        return new OfficialDraft(o.id().value(), o.fullName(), o.honorific().isEmpty() ? null : o.honorific(),
                text(o.postTitle()), o.ministry().map(m -> m.value()).orElse(null),
                o.precedence().isRanked() ? o.precedence().rank() : null, note(o.provenance()));
    }

    static SessionDraft session(Session s) {
        return new SessionDraft(s.id().value(), s.type(), text(s.title()), text(s.summary()),
                s.track().map(t -> t.value()).orElse(null), new SlotDraft(s.slot().start(), s.slot().end()),
                s.room().map(r -> r.value()).orElse(null),
                map(s.participants(), p -> new ParticipantDraft(p.official().value(), p.role(),
                        p.onBehalfOf().map(m -> new MandateDraft(text(m.authority()), m.precedence().rank()))
                                .orElse(null))),
                s.languages(), s.status(),
                s.expectedAttendance().isPresent() ? s.expectedAttendance().getAsInt() : null,
                map(s.statements(), st -> new StatementDraft(st.speaker().value(), st.text(), st.language(),
                        note(st.provenance()))),
                note(s.provenance()), s.parallelAllowed() ? Boolean.TRUE : null,
                s.origin().map(o -> new OriginDraft(o.edition().value(), o.session().value())).orElse(null),
                source(s.source()), s.url().map(URI::toString).orElse(null),
                s.links().isEmpty() ? null : map(s.links(), l -> new LinkDraft(l.url().toString(),
                        l.title().isEmpty() ? null : text(l.title()), l.kind())));
    }

    private static SourceDraft source(SourceIdentity source) {
        return source.isEmpty() ? null : new SourceDraft(source.guid().orElse(null), source.id().orElse(null),
                source.slug().orElse(null), source.kind().orElse(null));
    }

    private static String code(Optional<Country> country) {
        return country.map(Country::code).orElse(null);
    }

    private static Map<String, String> text(LocalizedText text) {
        return text.values();
    }

    private static Map<String, String> note(Provenance provenance) {
        return provenance instanceof Provenance.Illustrative illustrative ? illustrative.note().values() : null;
    }

    private static <A, B> List<B> map(List<A> values, Function<A, B> f) {
        return values.stream().map(f).toList();
    }
}
