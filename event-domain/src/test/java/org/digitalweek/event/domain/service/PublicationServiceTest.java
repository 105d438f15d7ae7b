package org.digitalweek.event.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.diff.DiffText;
import org.digitalweek.event.domain.diff.ProgrammeDiff;
import org.digitalweek.event.domain.diff.SessionMoved;
import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.error.ItemNotFoundException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.port.in.ArchiveEditionCommand;
import org.digitalweek.event.domain.port.in.ChangeOutcome;
import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.EditionDiffQuery;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.MoveSessionCommand;
import org.digitalweek.event.domain.port.in.PublishEditionCommand;
import org.digitalweek.event.domain.port.in.ReleaseDiffQuery;
import org.digitalweek.event.domain.port.in.ReleaseQuery;
import org.digitalweek.event.domain.model.ReleaseSummary;
import org.digitalweek.event.domain.rules.ProgrammeChecker;
import org.digitalweek.event.domain.rules.ProgrammeHasErrorsException;
import org.digitalweek.event.domain.rules.Rule;

class PublicationServiceTest {

    private static final Instant NOW = Instant.parse("2027-02-20T10:00:00Z");
    private static final String ID = EditionDrafts.ID;

    private final FakeEditions store = new FakeEditions();
    private final MovingClock clock = new MovingClock(NOW);
    private final ProgrammeService programme = new ProgrammeService(store, Validators.inputValidator());
    private final PublicationService publication =
            new PublicationService(store, Validators.inputValidator(), new ProgrammeChecker(), clock);

    @BeforeEach
    void planTheWeek() {
        store.save(Edition.of(Drafts.toEdition(EditionDrafts.week())), 0);
    }

    @Test
    void publishingFreezesANumberedReleaseAtTheClocksTime() {
        Release release = publication.publish(PublishEditionCommand.of(ID, 1));

        assertThat(release.number()).isEqualTo(1);
        assertThat(release.label()).isEqualTo("1");
        assertThat(release.publishedAt()).isEqualTo(NOW);
        assertThat(release.programme().status()).isEqualTo(EditionStatus.PUBLISHED);
        Edition stored = stored();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.publicView().publishedAt()).contains(NOW);
        assertThat(release.programme()).isEqualTo(stored.publicView());
        assertThat(publication.releases(new EditionQueryById(ID))).extracting(ReleaseSummary::label)
                .containsExactly("1");
    }

    @Test
    void publishingWithAnErrorIsRefusedWithTheFindingsAndChangesNothing() {
        programme.move(new MoveSessionCommand(ID, 1L, "panel-1", EditionDrafts.slot(0, 10, 0, 12), "plenary"));
        Edition before = stored();

        assertThatThrownBy(() -> publication.publish(PublishEditionCommand.of(ID, 2)))
                .isInstanceOfSatisfying(ProgrammeHasErrorsException.class, e -> {
                    assertThat(e.editionId()).isEqualTo(ID);
                    assertThat(e.errors()).extracting(f -> f.rule())
                            .containsExactly(Rule.ROOM_DOUBLE_BOOKED, Rule.PERSON_DOUBLE_BOOKED);
                    assertThat(e.getMessage("fr")).startsWith("édition « test-week-2027 » : publication refusée, "
                            + "2 erreurs au programme\n  [room-double-booked] La salle « Salle plénière »");
                    assertThat(e.getMessage()).startsWith("edition 'test-week-2027': publication refused, "
                            + "2 errors in the programme\n  [room-double-booked] Room");
                });
        assertThat(stored()).isEqualTo(before);
        assertThat(store.releases(new EditionId(ID))).isEmpty();
    }

    @Test
    void publishingTwiceGivesTwoReleasesWhoseDiffIsEmpty() {
        Release first = publication.publish(PublishEditionCommand.of(ID, 1));
        clock.advance(Duration.ofHours(1));
        Release second = publication.publish(PublishEditionCommand.of(ID, 2));

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.publishedAt()).isAfter(first.publishedAt());
        ProgrammeDiff diff = publication.diff(new ReleaseDiffQuery(ID, "1", "2"));
        assertThat(diff.isEmpty()).isTrue();
        assertThat(DiffText.render(diff, "fr")).isEqualTo("Aucun changement.\n");
    }

    @Test
    void theDiffBetweenReleasesTellsWhatChangedSinceThePrintedProgramme() {
        publication.publish(new PublishEditionCommand(ID, 1L, "imprime"));
        programme.move(new MoveSessionCommand(ID, 2L, "panel-1", EditionDrafts.slot(3, 14, 3, 16), null));
        programme.cancel(new CancelSessionCommand(ID, 3L, "ai-training"));
        publication.publish(new PublishEditionCommand(ID, 4L, "v2"));

        ProgrammeDiff diff = publication.diff(new ReleaseDiffQuery(ID, "imprime", "v2"));

        assertThat(diff.sessionChanges()).extracting(c -> c.sessionId().value() + ":" + c.getClass().getSimpleName())
                .containsExactly("ai-training:SessionCancelled", "panel-1:SessionMoved");
        assertThat(diff.sessionChanges().get(1)).isInstanceOfSatisfying(SessionMoved.class, m -> {
            assertThat(m.timeChanged()).isTrue();
            assertThat(m.roomChanged()).isFalse();
        });
        assertThat(publication.diff(new ReleaseDiffQuery(ID, "1", "2"))).isEqualTo(diff);
    }

    @Test
    void theCurrentProgrammeCanBeComparedWithTheLastRelease() {
        publication.publish(PublishEditionCommand.of(ID, 1));
        programme.cancel(new CancelSessionCommand(ID, 2L, "panel-1"));

        assertThat(publication.diff(new ReleaseDiffQuery(ID, "1", null)).sessionChanges())
                .extracting(c -> c.getClass().getSimpleName()).containsExactly("SessionCancelled");
    }

    @Test
    void releasesAreFoundByLabelOrNumberAndUnknownOnesAreNamed() {
        publication.publish(new PublishEditionCommand(ID, 1L, "programme-officiel"));

        assertThat(publication.release(new ReleaseQuery(ID, "programme-officiel")).number()).isEqualTo(1);
        assertThat(publication.release(new ReleaseQuery(ID, "1")).label()).isEqualTo("programme-officiel");
        assertThatThrownBy(() -> publication.release(new ReleaseQuery(ID, "7")))
                .isInstanceOfSatisfying(ItemNotFoundException.class, e -> {
                    assertThat(e.kind()).isEqualTo("release");
                    assertThat(e.getMessage()).isEqualTo("edition 'test-week-2027' has no release '7'");
                });
    }

    @Test
    void aLabelIsUniqueAndNeverAnotherReleasesNumber() {
        publication.publish(new PublishEditionCommand(ID, 1L, "1.0"));

        assertThatThrownBy(() -> publication.publish(new PublishEditionCommand(ID, 2L, "1.0")))
                .isInstanceOf(ForbiddenChangeException.class).hasMessageContaining("label '1.0' is taken already");
        assertThatThrownBy(() -> publication.publish(new PublishEditionCommand(ID, 2L, "3")))
                .isInstanceOf(ForbiddenChangeException.class).hasMessageContaining("only '2' fits this release");
        assertThat(publication.publish(new PublishEditionCommand(ID, 2L, "2")).label()).isEqualTo("2");
    }

    @Test
    void aStalePublicationIsRefused() {
        assertThatThrownBy(() -> publication.publish(PublishEditionCommand.of(ID, 0)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(store.releases(new EditionId(ID))).isEmpty();
    }

    @Test
    void anArchivedEditionIsReadOnlyButItsReleasesStayReadable() {
        assertThatThrownBy(() -> publication.archive(new ArchiveEditionCommand(ID, 1L)))
                .isInstanceOf(ForbiddenChangeException.class).hasMessageContaining("only a published edition");
        publication.publish(PublishEditionCommand.of(ID, 1));

        ChangeOutcome archived = publication.archive(new ArchiveEditionCommand(ID, 2L));

        assertThat(archived.edition().status()).isEqualTo(EditionStatus.ARCHIVED);
        assertThatThrownBy(() -> publication.publish(PublishEditionCommand.of(ID, 3)))
                .isInstanceOf(ForbiddenChangeException.class).hasMessageContaining("archived");
        assertThatThrownBy(() -> programme.cancel(new CancelSessionCommand(ID, 3L, "panel-1")))
                .isInstanceOf(ForbiddenChangeException.class);
        assertThatThrownBy(() -> publication.archive(new ArchiveEditionCommand(ID, 3L)))
                .isInstanceOf(ForbiddenChangeException.class);
        assertThat(stored().publicView()).isEqualTo(archived.edition());
        assertThat(publication.release(new ReleaseQuery(ID, "1")).programme().status())
                .isEqualTo(EditionStatus.PUBLISHED);
    }

    @Test
    void twoEditionsProgrammesCanBeCompared() {
        Edition other = Edition.of(stored().publicView().toBuilder().id(new EditionId("other-week")).version(0)
                .build());
        store.save(other, 0);

        ProgrammeDiff diff = publication.diff(new EditionDiffQuery(ID, "other-week"));

        assertThat(diff.sessionChanges()).isEmpty();
        assertThat(diff.editionChanges()).singleElement().satisfies(c -> assertThat(c.fields()).containsExactly("id"));
    }

    private Edition stored() {
        return store.load(new EditionId(ID)).orElseThrow();
    }

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
