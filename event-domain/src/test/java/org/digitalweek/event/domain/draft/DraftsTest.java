package org.digitalweek.event.domain.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.FullEdition;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionLink;
import org.digitalweek.event.domain.model.SourceIdentity;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.Precedence;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.SessionStatus;

class DraftsTest {

    @Test
    void theModelGoesToADraftAndBackUnchanged() {
        PublicEdition edition = Drafts.toEdition(EditionDrafts.week());
        assertThat(Drafts.toEdition(Drafts.fromEdition(edition))).isEqualTo(edition);
    }

    @Test
    void aSessionsSourceIdentityPageAndLinksGoToTheModelAndBackToTheSameDraft() {
        EditionDraft full = FullEdition.draft();
        PublicEdition edition = Drafts.toEdition(full);
        Session opening = edition.session(new SessionId("opening")).orElseThrow();

        assertThat(opening.source()).isEqualTo(SourceIdentity.of("2f0c1a7e-6b1d-4c3a-9e55-0d8c3e1b7a10", "6258",
                "snm2026-6258-lancement", "Cérémonie d'ouverture"));
        assertThat(opening.url()).contains(URI.create("https://snm.example.ml/2026/programme/lancement?lang=fr&amp=1"));
        assertThat(opening.links()).extracting(SessionLink::kind).containsExactly(LinkKind.LIVESTREAM,
                LinkKind.ATTACHMENT);
        assertThat(opening.links().get(1).title().isEmpty()).isTrue();
        assertThat(edition.session(new SessionId("expo")).orElseThrow()).satisfies(expo -> {
            assertThat(expo.source()).isEqualTo(SourceIdentity.NONE);
            assertThat(expo.url()).isEmpty();
            assertThat(expo.links()).isEmpty();
        });
        EditionDraft back = Drafts.fromEdition(edition);
        for (int i = 0; i < full.sessions().size(); i++) {
            SessionDraft before = full.sessions().get(i);
            SessionDraft after = back.sessions().get(i);
            assertThat(List.of(after.source() == null ? "" : after.source(), String.valueOf(after.url()),
                    after.links() == null ? List.of() : after.links()))
                    .as(before.id()).isEqualTo(List.of(before.source() == null ? "" : before.source(),
                            String.valueOf(before.url()), before.links() == null ? List.of() : before.links()));
        }
        assertThat(Drafts.toEdition(back)).isEqualTo(edition);
    }

    @Test
    void absentOptionalPartsTakeTheirDefaults() {
        PublicEdition edition = Drafts.toEdition(EditionDrafts.week());

        assertThat(edition.status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(edition.publishedAt()).isEmpty();
        assertThat(edition.provenance().isIllustrative()).isFalse();
        assertThat(edition.theme().description().isEmpty()).isTrue();
        assertThat(edition.sessions()).allMatch(s -> s.status() == SessionStatus.CONFIRMED);
        assertThat(edition.sessions()).allMatch(s -> s.expectedAttendance().isEmpty());
    }

    @Test
    void blankAcronymsAndShortNamesAreAbsent() {
        EditionDraft week = EditionDrafts.week();
        VenueDraft v = week.venues().get(0);
        MinistryDraft m = week.ministries().get(0);
        EditionDraft blank = new EditionDraft(week.id(), week.series(), week.number(), week.title(), week.theme(),
                week.startDate(), week.endDate(), week.timeZone(), week.hostCity(), week.hostCountry(),
                List.of(new VenueDraft(v.id(), v.name(), " ", v.city(), v.country(), v.rooms(), null)),
                List.of(new MinistryDraft(m.id(), m.country(), m.name(), "", null), week.ministries().get(1)),
                week.participations(), week.officials(), week.sessions(), null, null, null);

        PublicEdition edition = Drafts.toEdition(blank);
        assertThat(edition.venues().get(0).shortName()).isEmpty();
        assertThat(edition.ministries().get(0).acronym()).isEmpty();
    }

    @Test
    void anIllustrativeNoteMakesTheItemIllustrativeAndAnOfficialWithoutRankIsUnranked() {
        OfficialDraft invented = new OfficialDraft("expert", "Nom inventé", null, null, null, null,
                Map.of("fr", "Personne illustrative", "en", "Illustrative person"));
        EditionDraft week = EditionDrafts.week();
        PublicEdition edition = Drafts.toEdition(week.withOfficials(List.of(week.officials().get(0),
                week.officials().get(1), invented)));

        var official = edition.officials().get(2);
        assertThat(official.provenance().isIllustrative()).isTrue();
        assertThat(official.precedence()).isEqualTo(Precedence.UNRANKED);
        assertThat(official.honorific()).isEmpty();
        assertThat(official.ministry()).isEmpty();
        assertThat(Drafts.fromEdition(edition).officials().get(2)).satisfies(back -> {
            assertThat(back.precedence()).isNull();
            assertThat(back.honorific()).isNull();
            assertThat(back.ministry()).isNull();
            assertThat(back.illustrativeNote()).isEqualTo(invented.illustrativeNote());
        });
    }
}
