package org.digitalweek.event.domain.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.diff.DiffFixtures.EXPO;
import static org.digitalweek.event.domain.diff.DiffFixtures.GUEST;
import static org.digitalweek.event.domain.diff.DiffFixtures.HALL;
import static org.digitalweek.event.domain.diff.DiffFixtures.HOST;
import static org.digitalweek.event.domain.diff.DiffFixtures.OPENING;
import static org.digitalweek.event.domain.diff.DiffFixtures.PANEL;
import static org.digitalweek.event.domain.diff.DiffFixtures.PLENARY;
import static org.digitalweek.event.domain.diff.DiffFixtures.TRAINING;
import static org.digitalweek.event.domain.diff.DiffFixtures.copy;
import static org.digitalweek.event.domain.diff.DiffFixtures.newSession;
import static org.digitalweek.event.domain.diff.DiffFixtures.reversed;
import static org.digitalweek.event.domain.diff.DiffFixtures.session;
import static org.digitalweek.event.domain.diff.DiffFixtures.slot;
import static org.digitalweek.event.domain.diff.DiffFixtures.week;
import static org.digitalweek.event.domain.diff.ProgrammeDiffTest.withRoom;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.digitalweek.event.domain.diff.EditionChange.Kind;
import org.digitalweek.event.domain.diff.EditionChange.Part;
import org.digitalweek.event.domain.model.LocalizedText;
import org.digitalweek.event.domain.model.Mandate;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.Participant;
import org.digitalweek.event.domain.model.ParticipantRole;
import org.digitalweek.event.domain.model.Precedence;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The French and English text of a diff, asserted on whole strings. */
class DiffTextTest {

    private final PublicEdition week = week();

    /** A reordered ceremony, a new panel, a moved panel, a cancelled training and a bigger hall. */
    private ProgrammeDiff smallDiff() {
        Session opening = session(week, OPENING);
        Session panel = session(week, PANEL);
        PublicEdition after = withRoom(week, "hall", r -> new Room(r.id(), r.name(), OptionalInt.of(250),
                r.sharedSpace(), r.provenance()))
                .withSession(copy(opening).participants(reversed(opening.participants())).build())
                .withSession(newSession("panel-ia", "Panel sur l'IA", "AI panel", slot(1, 10, 12),
                        Optional.of(PLENARY)))
                .withSession(panel.movedTo(slot(1, 14, 16), Optional.of(HALL)))
                .withSession(session(week, TRAINING).withStatus(SessionStatus.CANCELLED));
        return ProgrammeDiff.between(week, after);
    }

    @Test
    void rendersASmallDiffInFrench() {
        assertThat(DiffText.render(smallDiff(), "fr")).isEqualTo("""
                ~ Participants modifiés : « Session opening » (opening) : ordre de parole M. Nom guest-minister (intervenant), M. Nom host-minister (préside)
                + Ajoutée : « Panel sur l'IA » (panel-ia), 2027-03-02 10:00–12:00, « Salle plénière »
                ~ Déplacée : « Session panel-1 » (panel-1) : 2027-03-02 10:00–12:00, « Salle plénière » → 2027-03-02 14:00–16:00, « Hall d'exposition »
                × Annulée : « Session ai-training » (ai-training), 2027-03-03 14:00–17:00, sans salle
                ~ Salle « Hall d'exposition » modifiée : capacité
                """);
    }

    @Test
    void rendersASmallDiffInEnglish() {
        assertThat(DiffText.render(smallDiff(), "en")).isEqualTo("""
                ~ Participants changed: 'Session opening' (opening): speaking order M. Nom guest-minister (speaker), M. Nom host-minister (presides)
                + Added: 'AI panel' (panel-ia), 2027-03-02 10:00–12:00 in 'Salle plénière'
                ~ Moved: 'Session panel-1' (panel-1): 2027-03-02 10:00–12:00 in 'Salle plénière' → 2027-03-02 14:00–16:00 in 'Hall d'exposition'
                × Cancelled: 'Session ai-training' (ai-training), 2027-03-03 14:00–17:00, no room
                ~ Room 'Hall d'exposition' changed: capacity
                """);
    }

    @Test
    void rendersAnEmptyDiffAsOneLine() {
        assertThat(DiffText.render(ProgrammeDiff.NONE, "fr")).isEqualTo("Aucun changement.\n");
        assertThat(DiffText.render(ProgrammeDiff.between(week, week), "en")).isEqualTo("No changes.\n");
    }

    /** Removed, reinstated, retitled, details, participants with a mandate, a multi-day slot, other items. */
    private ProgrammeDiff otherKinds() {
        Session expo = session(week, EXPO);
        Session training = session(week, TRAINING);
        Session opening = session(week, OPENING);
        Participant onBehalf = new Participant(HOST, ParticipantRole.PRESIDES, Optional.of(
                new Mandate(LocalizedText.frEn("Premier ministre", "Prime Minister"), new Precedence(2))));
        Participant moderator = Participant.of(GUEST, ParticipantRole.MODERATOR);
        Session changedOpening = copy(opening).title(LocalizedText.frEn("Ouverture", "Opening"))
                .participants(List.of(onBehalf, opening.participants().get(1), moderator)).build();
        Session cancelledTraining = training.withStatus(SessionStatus.CANCELLED);
        PublicEdition before = week.withSession(cancelledTraining);
        PublicEdition after = week.toBuilder()
                .sessions(List.of(changedOpening, copy(training).type(SessionType.WORKSHOP).build(),
                        session(week, PANEL)))
                .build();
        assertThat(expo.slot().end().toLocalDate()).isNotEqualTo(expo.slot().start().toLocalDate());
        ProgrammeDiff diff = ProgrammeDiff.between(before, after);
        return new ProgrammeDiff(diff.sessionChanges(), List.of(
                new EditionChange(Part.VENUE, "annex", Kind.ADDED, List.of()),
                new EditionChange(Part.OFFICIAL, "expert", Kind.REMOVED, List.of())), diff.people(), diff.names());
    }

    @Test
    void rendersTheOtherKindsInFrench() {
        assertThat(DiffText.render(otherKinds(), "fr-ML")).isEqualTo("""
                - Retirée : « Session expo » (expo), 2027-03-01 09:00–2027-03-03 18:00, « Hall d'exposition »
                ~ Renommée : « Session opening » (opening) → « Ouverture »
                ~ Participants modifiés : « Ouverture » (opening) : ajoutés M. Nom host-minister (préside, au nom de Premier ministre), M. Nom guest-minister (modérateur) ; retirés M. Nom host-minister (préside)
                + Rétablie : « Session ai-training » (ai-training), 2027-03-03 14:00–17:00, sans salle
                ~ Détails modifiés : « Session ai-training » (ai-training) : nature formation → atelier
                + Lieu « annex » ajouté
                - Personnalité « expert » retirée
                """);
    }

    @Test
    void rendersTheOtherKindsInEnglish() {
        assertThat(DiffText.render(otherKinds(), "en-GB")).isEqualTo("""
                - Removed: 'Session expo' (expo), 2027-03-01 09:00–2027-03-03 18:00 in 'Hall d'exposition'
                ~ Retitled: 'Session opening' (opening) → 'Opening'
                ~ Participants changed: 'Opening' (opening): added M. Nom host-minister (presides, on behalf of Prime Minister), M. Nom guest-minister (moderator); removed M. Nom host-minister (presides)
                + Reinstated: 'Session ai-training' (ai-training), 2027-03-03 14:00–17:00, no room
                ~ Details changed: 'Session ai-training' (ai-training): type training → workshop
                + Venue 'annex' added
                - Official 'expert' removed
                """);
    }

    /** The guest minister, who speaks at the opening and sits on the panel, spelt anew; the host given a new post. */
    private ProgrammeDiff renamedPeople() {
        PublicEdition after = week.toBuilder().officials(week.officials().stream()
                .map(o -> o.id().equals(GUEST) ? new Official(o.id(), "Awa Traoré", o.honorific(), o.postTitle(),
                        o.ministry(), o.precedence(), o.provenance())
                        : new Official(o.id(), o.fullName(), o.honorific(), LocalizedText.fr("Ministre d'État"),
                        o.ministry(), o.precedence(), o.provenance()))
                .toList()).build();
        return ProgrammeDiff.between(week, after);
    }

    @Test
    void aChangedPersonIsListedUnderEachOfTheirSessionsByNameInEnglish() {
        assertThat(DiffText.render(renamedPeople(), "en")).isEqualTo("""
                ~ Participants changed: 'Session opening' (opening): changed M. Nom host-minister (post), M. Nom guest-minister → M. Awa Traoré
                ~ Participants changed: 'Session panel-1' (panel-1): changed M. Nom guest-minister → M. Awa Traoré
                ~ Official 'M. Nom guest-minister' → 'M. Awa Traoré' changed: name
                ~ Official 'M. Nom host-minister' changed: post
                """);
    }

    @Test
    void aChangedPersonIsListedUnderEachOfTheirSessionsByNameInFrench() {
        assertThat(DiffText.render(renamedPeople(), "fr")).isEqualTo("""
                ~ Participants modifiés : « Session opening » (opening) : modifiés M. Nom host-minister (fonction), M. Nom guest-minister → M. Awa Traoré
                ~ Participants modifiés : « Session panel-1 » (panel-1) : modifiés M. Nom guest-minister → M. Awa Traoré
                ~ Personnalité « M. Nom guest-minister » → « M. Awa Traoré » modifiée : nom
                ~ Personnalité « M. Nom host-minister » modifiée : fonction
                """);
    }

    @Test
    void anAddedPersonIsNamedAndOneTheDiffCannotNameKeepsItsId() {
        Session panel = session(week, PANEL);
        PublicEdition after = week.withSession(copy(panel).participants(List.of(panel.participants().get(0),
                Participant.of(HOST, ParticipantRole.MODERATOR))).build());
        ProgrammeDiff diff = ProgrammeDiff.between(week, after);

        assertThat(DiffText.render(diff, "en")).isEqualTo("""
                ~ Participants changed: 'Session panel-1' (panel-1): added M. Nom host-minister (moderator)
                """);
        assertThat(DiffText.render(new ProgrammeDiff(diff.sessionChanges(), diff.editionChanges()), "en"))
                .isEqualTo("""
                        ~ Participants changed: 'Session panel-1' (panel-1): added host-minister (moderator)
                        """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "FR", "fr-ML", "fr-CA"})
    void frenchForEveryFrenchTag(String tag) {
        assertThat(DiffText.render(ProgrammeDiff.NONE, tag)).isEqualTo("Aucun changement.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-GB", "en-ML"})
    void englishForAnEnglishTag(String tag) {
        assertThat(DiffText.render(ProgrammeDiff.NONE, tag)).isEqualTo("No changes.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "bm", "frr", "", "x y"})
    void frenchForATagOfNeitherLanguage(String tag) {
        assertThat(DiffText.render(ProgrammeDiff.NONE, tag)).isEqualTo("Aucun changement.\n");
    }

    @Test
    void everyRoleHasAFrenchWord() {
        assertThat(List.of(ParticipantRole.values())).extracting(DiffWords.FRENCH::role)
                .containsExactly("préside", "intervenant", "modérateur", "panéliste", "formateur", "exposant");
        assertThat(List.of(ParticipantRole.values())).extracting(DiffWords.ENGLISH::role)
                .containsExactly("presides", "speaker", "moderator", "panellist", "trainer", "exhibitor");
    }

    @Test
    void frenchParticiplesAgreeWithTheirNoun() {
        assertThat(List.of(Part.values()))
                .extracting(p -> DiffWords.FRENCH.noun(p) + " " + DiffWords.FRENCH.participle(p, Kind.CHANGED))
                .containsExactly("Édition modifiée", "Thème modifié", "Piste modifiée", "Lieu modifié",
                        "Salle modifiée", "Ministère modifié", "Participation modifiée", "Personnalité modifiée");
    }

    @Test
    void rejectsMissingArguments() {
        assertThatNullPointerException().isThrownBy(() -> DiffText.render(null, "fr"))
                .withMessage("'diff' must not be null");
        assertThatNullPointerException().isThrownBy(() -> DiffText.render(ProgrammeDiff.NONE, (String) null))
                .withMessage("'language' must not be null");
    }
}
