package org.digitalweek.event.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.error.EditionNotFoundException;
import org.digitalweek.event.domain.error.InvariantViolationException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.FullEdition;
import org.digitalweek.event.domain.fixtures.NaughtyEditions;
import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.Ids;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.Release;
import org.digitalweek.event.domain.model.SeriesId;
import org.digitalweek.event.domain.edition.Contact;
import org.digitalweek.event.domain.edition.ContactKind;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.EditionSummary;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.model.ReleaseSummary;

/**
 * The promises of the {@link Editions} port, for every adapter: extend it and return a fresh, empty
 * store from {@link #emptyStore()}.
 */
public abstract class EditionsContract {

    private Editions store;

    /** @return a new store with nothing in it */
    protected abstract Editions emptyStore();

    @BeforeEach
    void openStore() {
        store = emptyStore();
    }

    /** @return an edition with sessions, people and internal records, never stored */
    protected static Edition richEdition() {
        Edition edition = Edition.of(Drafts.toEdition(EditionDrafts.week()));
        return new Edition(edition.publicView(), new InternalRecords(Map.of(new OfficialId("host-minister"),
                new ProtocolFile(List.of(new Contact(ContactKind.EMAIL, "cabinet@example.ne")), "Arrive at 8:30."))));
    }

    @Test
    void anEditionNeverStoredIsAbsent() {
        assertThat(store.load(new EditionId("nothing"))).isEmpty();
    }

    @Test
    void aSavedEditionLoadsBackWholeIncludingInternalRecords() {
        Edition saved = store.save(richEdition(), 0);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved).isEqualTo(richEdition().atVersion(1));
        assertThat(store.load(saved.id())).contains(saved);
    }

    @Test
    void everyFieldOfTheModelSurvivesSaveAndLoad() {
        Edition full = FullEdition.edition();

        Edition saved = store.save(full, 0);

        assertThat(store.load(full.id())).contains(full.atVersion(1)).contains(saved);
        Edition again = store.save(saved, 1);
        assertThat(store.load(full.id())).contains(full.atVersion(2)).contains(again);
    }

    @Test
    void anEditionWhoseHostCityAndCountryAreNotGivenLoadsBackWithoutThem() {
        Edition unplaced = FullEdition.withoutHost();

        Edition saved = store.save(unplaced, 0);

        assertThat(store.load(unplaced.id())).contains(unplaced.atVersion(1)).contains(saved);
        assertThat(saved.publicView().hostCity()).isEmpty();
        assertThat(saved.publicView().hostCountry()).isEmpty();
        assertThat(saved.publicView().series().hostCountry()).isEmpty();
        assertThat(saved.publicView().venues()).allSatisfy(v -> {
            assertThat(v.city()).isEmpty();
            assertThat(v.country()).isEmpty();
        });
        assertThat(store.list(EditionQuery.ALL)).singleElement().satisfies(s -> {
            assertThat(s.hostCity()).isEmpty();
            assertThat(s.hostCountry()).isEmpty();
        });
        assertThat(store.list(new EditionQuery(Optional.empty(), Optional.of(Country.MALI), Optional.empty(),
                Optional.empty()))).isEmpty();
        Release release = release(saved, 1, "sans-lieu");
        store.publish(saved, 1, release);
        assertThat(store.release(saved.id(), 1)).contains(release);
    }

    @Test
    void aReleaseKeepsEveryFieldOfItsProgramme() {
        Edition saved = store.save(FullEdition.edition(), 0);
        Release release = release(saved, 1, "programme-imprime");

        store.publish(saved, 1, release);

        assertThat(store.release(saved.id(), 1)).contains(release);
    }

    @Test
    void eachSaveAddsOneToTheVersion() {
        Edition first = store.save(richEdition(), 0);
        Edition second = store.save(first, 1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(store.load(first.id()).map(Edition::version)).contains(2L);
    }

    @Test
    void aStaleSaveIsRefusedAndChangesNothing() {
        Edition first = store.save(richEdition(), 0);
        Edition archived = first.withPublicView(first.publicView().toBuilder().status(EditionStatus.ARCHIVED).build());

        assertThatThrownBy(() -> store.save(archived, 0)).isInstanceOfSatisfying(VersionConflictException.class, e -> {
            assertThat(e.expectedVersion()).isZero();
            assertThat(e.actualVersion()).isEqualTo(1);
        });
        assertThat(store.load(first.id())).contains(first);
    }

    @Test
    void listingFiltersAcrossEditionsAndOrdersBySeriesThenNumber() {
        store.save(edition("b-2027", "beta", 2, "ML", LocalDate.of(2027, 1, 10)), 0);
        store.save(edition("a-2026", "alpha", 3, "NE", LocalDate.of(2026, 1, 29)), 0);
        store.save(edition("a-2025", "alpha", 2, "BF", LocalDate.of(2025, 2, 1)), 0);

        assertThat(ids(EditionQuery.ALL)).containsExactly("a-2025", "a-2026", "b-2027");
        assertThat(ids(EditionQuery.inSeries(new SeriesId("alpha")))).containsExactly("a-2025", "a-2026");
        assertThat(ids(new EditionQuery(Optional.empty(), Optional.of(Country.MALI), Optional.empty(),
                Optional.empty()))).containsExactly("b-2027");
        assertThat(ids(new EditionQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2026, 2, 1))))).containsExactly("a-2026");
        assertThat(ids(new EditionQuery(Optional.empty(), Optional.empty(), Optional.of(EditionStatus.PUBLISHED),
                Optional.empty()))).isEmpty();
        assertThat(store.list(EditionQuery.ALL)).first().satisfies(s -> {
            assertThat(s.sessionCount()).isEqualTo(4);
            assertThat(s.version()).isEqualTo(1);
        });
    }

    @Test
    void deletingNeedsTheCurrentVersion() {
        Edition saved = store.save(richEdition(), 0);

        assertThatThrownBy(() -> store.delete(saved.id(), 7)).isInstanceOf(VersionConflictException.class);
        assertThat(store.load(saved.id())).isPresent();

        store.delete(saved.id(), 1);
        assertThat(store.load(saved.id())).isEmpty();
        assertThatThrownBy(() -> store.delete(saved.id(), 1)).isInstanceOf(EditionNotFoundException.class);
    }

    @Test
    void aStoreIsEmptyUntilItsFirstEditionAndAgainAfterItsLastIsDeleted() {
        assertThat(store.isEmpty()).isTrue();

        Edition saved = store.save(richEdition(), 0);
        assertThat(store.isEmpty()).isFalse();

        store.delete(saved.id(), saved.version());
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void twoWritersWithTheSameExpectedVersionOneWinsTheOtherIsToldWhy() throws Exception {
        Edition first = store.save(richEdition(), 0);
        Edition mine = first.withPublicView(first.publicView().toBuilder().number(7).build());
        Edition theirs = first.withPublicView(first.publicView().toBuilder().number(8).build());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Edition>> writes = List.of(pool.submit(() -> {
            start.await();
            return store.save(mine, 1);
        }), pool.submit(() -> {
            start.await();
            return store.save(theirs, 1);
        }));
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        List<Edition> won = new ArrayList<>();
        List<Throwable> lost = new ArrayList<>();
        for (Future<Edition> write : writes) {
            try {
                won.add(write.get());
            } catch (ExecutionException e) {
                lost.add(e.getCause());
            }
        }
        assertThat(won).hasSize(1);
        assertThat(lost).singleElement().isInstanceOfSatisfying(VersionConflictException.class, e -> {
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.actualVersion()).isEqualTo(2);
        });
        assertThat(store.load(first.id())).contains(won.get(0));
        assertThat(won.get(0).version()).isEqualTo(2);
    }

    @Test
    void concurrentWritersLoseNoUpdate() throws Exception {
        store.save(richEdition(), 0);
        EditionId id = richEdition().id();
        int writers = 8;
        int updatesEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> conflicts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            conflicts.add(pool.submit(() -> {
                int seen = 0;
                for (int u = 0; u < updatesEach; u++) {
                    while (true) {
                        Edition current = store.load(id).orElseThrow();
                        try {
                            store.save(current, current.version());
                            break;
                        } catch (VersionConflictException e) {
                            seen++;
                        }
                    }
                }
                return seen;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<Integer> f : conflicts) {
            f.get();
        }
        assertThat(store.load(id).orElseThrow().version()).isEqualTo(1 + writers * updatesEach);
    }

    @Test
    void aPublicationStoresTheEditionAndItsReleaseTogether() {
        Edition first = store.save(richEdition(), 0);
        Release one = release(first, 1, "1.0");

        Edition published = store.publish(first, 1, one);

        assertThat(published.version()).isEqualTo(2);
        assertThat(store.load(first.id())).contains(published);
        assertThat(store.release(first.id(), 1)).contains(one);
        assertThat(store.releases(first.id())).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.label()).isEqualTo("1.0");
            assertThat(r.publishedAt()).isEqualTo(one.publishedAt());
            assertThat(r.editionVersion()).isEqualTo(2);
            assertThat(r.sessionCount()).isEqualTo(4);
        });
    }

    @Test
    void releasesAreListedByNumberAndLoadedOneAtATime() {
        Edition current = store.save(richEdition(), 0);
        current = store.publish(current, current.version(), release(current, 1, "1.0"));
        current = store.save(current, current.version());
        store.publish(current, current.version(), release(current, 2, "1.1"));

        assertThat(store.releases(current.id())).extracting(ReleaseSummary::label).containsExactly("1.0", "1.1");
        assertThat(store.release(current.id(), 2).map(Release::label)).contains("1.1");
        assertThat(store.release(current.id(), 3)).isEmpty();
        assertThat(store.release(current.id(), 0)).isEmpty();
        assertThat(store.releases(new EditionId("nothing"))).isEmpty();
    }

    @Test
    void aPublicationThatConflictsOrSkipsANumberChangesNothing() {
        Edition first = store.save(richEdition(), 0);

        assertThatThrownBy(() -> store.publish(first, 0, release(first, 1, "1.0")))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> store.publish(first, 1, release(first, 2, "2.0")))
                .isInstanceOf(InvariantViolationException.class).hasMessageContaining("numbered 1");
        assertThat(store.load(first.id())).contains(first);
        assertThat(store.releases(first.id())).isEmpty();
    }

    @Test
    void aReleaseThatExistsIsNeverOverwritten() {
        Edition current = store.save(richEdition(), 0);
        Release one = release(current, 1, "1.0");
        current = store.publish(current, 1, one);
        Release two = release(current, 2, "1.1");
        current = store.publish(current, 2, two);
        Edition stored = current;

        for (int taken = 1; taken <= 2; taken++) {
            Release again = release(stored, taken, "again-" + taken);
            assertThatThrownBy(() -> store.publish(stored, stored.version(), again))
                    .isInstanceOf(InvariantViolationException.class).hasMessageContaining("numbered 3");
        }

        assertThat(store.release(stored.id(), 1)).contains(one);
        assertThat(store.release(stored.id(), 2)).contains(two);
        assertThat(store.releases(stored.id())).extracting(ReleaseSummary::label).containsExactly("1.0", "1.1");
        assertThat(store.load(stored.id())).contains(stored);
    }

    @Test
    void deletingAnEditionDeletesItsReleases() {
        Edition first = store.save(richEdition(), 0);
        store.publish(first, 1, release(first, 1, "1.0"));

        store.delete(first.id(), 2);

        assertThat(store.releases(first.id())).isEmpty();
        assertThat(store.release(first.id(), 1)).isEmpty();
    }

    /**
     * The longest ids the id rule accepts, among them those a store may spell longer: a colon is
     * {@code %3A} in a file name.
     */
    @Test
    void theLongestIdsTheRuleAcceptsAreStoredPublishedListedAndDeleted() {
        List<String> longest = List.of("a" + ":".repeat(83), "a" + ":".repeat(127), "a".repeat(128),
                "a" + ":-".repeat(63) + ":", "9" + "._:-".repeat(31) + "abc");
        for (String value : longest) {
            assertThat(Ids.isValid(value)).as("the id rule accepts %s", value).isTrue();
            EditionId id = new EditionId(value);
            Edition edition = richEdition().withPublicView(richEdition().publicView().toBuilder().id(id).build());

            Edition saved = store.save(edition, 0);
            Release one = release(saved, 1, "r" + ":".repeat(127));
            Edition published = store.publish(saved, 1, one);

            assertThat(store.load(id)).as(value).contains(published);
            assertThat(store.release(id, 1)).as(value).contains(one);
            assertThat(ids(EditionQuery.ALL)).as(value).contains(value);
            store.delete(id, published.version());
            assertThat(store.load(id)).as(value).isEmpty();
            assertThat(store.releases(id)).as(value).isEmpty();
        }
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void everyNaughtyStringIsKeptAsDataInEveryField() {
        Edition bystander = store.save(richEdition(), 0);
        Edition programme = NaughtyEditions.programmeWithProtocolFiles();

        assertThat(store.load(store.save(programme, 0).id())).contains(programme.atVersion(1));
        for (int index : NaughtyEditions.accepted()) {
            Edition headline = Edition.of(Drafts.toEdition(NaughtyEditions.headline(index)));
            store.save(headline, 0);
            assertThat(store.load(headline.id())).as("string %d", index).contains(headline.atVersion(1));
        }

        assertThat(store.load(bystander.id())).as("an edition the strings never touched").contains(bystander);
        assertThat(store.list(EditionQuery.ALL)).hasSize(2 + NaughtyEditions.accepted().size());
    }

    private static Release release(Edition edition, int number, String label) {
        return new Release(edition.id(), number, label, Instant.parse("2026-01-20T10:00:00Z").plusSeconds(number),
                edition.publicView().toBuilder().status(EditionStatus.PUBLISHED).version(edition.version() + 1)
                        .build());
    }

    private List<String> ids(EditionQuery query) {
        return store.list(query).stream().map(EditionSummary::id).map(EditionId::value).toList();
    }

    private static Edition edition(String id, String series, int number, String country, LocalDate start) {
        EditionDraft w = EditionDrafts.week();
        EditionDraft d = new EditionDraft(id, new org.digitalweek.event.domain.draft.SeriesDraft(series, country,
                Map.of("fr", series)), number, w.title(), w.theme(), start, start.plusDays(6), w.timeZone(),
                w.hostCity(), country, w.venues(), w.ministries(), w.participations(), w.officials(), w.sessions(),
                null, null, null);
        return Edition.of(Drafts.toEdition(d));
    }
}
