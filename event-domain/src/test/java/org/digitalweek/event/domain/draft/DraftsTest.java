package org.digitalweek.event.domain.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.fixtures.EditionDrafts;
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
