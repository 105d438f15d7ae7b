package org.digitalweek.event.persistence.json;

import static org.digitalweek.event.persistence.json.Conversions.at;
import static org.digitalweek.event.persistence.json.Conversions.child;
import static org.digitalweek.event.persistence.json.Conversions.country;
import static org.digitalweek.event.persistence.json.Conversions.instant;
import static org.digitalweek.event.persistence.json.Conversions.note;
import static org.digitalweek.event.persistence.json.Conversions.provenance;
import static org.digitalweek.event.persistence.json.Conversions.text;
import static org.digitalweek.event.persistence.json.Conversions.toDocuments;
import static org.digitalweek.event.persistence.json.Conversions.toModels;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.PublicEdition;

/**
 * The public content of an edition, {@link PublicEdition}, as stored: in an edition file, and
 * frozen in each release file. Its fields follow the model's, in the model's order. A host city or
 * country that is not given is absent (since format version 2).
 */
record EditionDocument(String id, SeriesDocument series, Integer number, Map<String, String> title,
                       ThemeDocument theme, DatesDocument dates, String zone, Optional<String> hostCity,
                       Optional<String> hostCountry,
                       List<VenueDocument> venues, List<MinistryDocument> ministries,
                       List<ParticipationDocument> participations, List<OfficialDocument> officials,
                       List<SessionDocument> sessions, EditionStatus status, Long version,
                       Optional<String> publishedAt, Optional<Map<String, String>> illustrativeNote) {

    static EditionDocument of(PublicEdition e) {
        return new EditionDocument(e.id().value(), SeriesDocument.of(e.series()), e.number(), e.title().values(),
                ThemeDocument.of(e.theme()), DatesDocument.of(e.dates()), e.zone().getId(), e.hostCity(),
                e.hostCountry().map(Country::code), toDocuments(e.venues(), VenueDocument::of),
                toDocuments(e.ministries(), MinistryDocument::of),
                toDocuments(e.participations(), ParticipationDocument::of),
                toDocuments(e.officials(), OfficialDocument::of), toDocuments(e.sessions(), SessionDocument::of),
                e.status(), e.version(), e.publishedAt().map(Conversions::instant), note(e.provenance()));
    }

    PublicEdition toModel(String at) {
        return at(at, () -> new PublicEdition(new EditionId(id), series.toModel(child(at, "series")), number,
                text(title, child(at, "title")), theme.toModel(child(at, "theme")), dates.toModel(child(at, "dates")),
                at(child(at, "zone"), () -> ZoneId.of(zone)), hostCity,
                hostCountry.map(c -> country(c, child(at, "hostCountry"))),
                toModels(venues, child(at, "venues"), VenueDocument::toModel),
                toModels(ministries, child(at, "ministries"), MinistryDocument::toModel),
                toModels(participations, child(at, "participations"), ParticipationDocument::toModel),
                toModels(officials, child(at, "officials"), OfficialDocument::toModel),
                toModels(sessions, child(at, "sessions"), SessionDocument::toModel), status, version,
                publishedAt.map(p -> instant(p, child(at, "publishedAt"))),
                provenance(illustrativeNote, child(at, "illustrativeNote"))));
    }
}
