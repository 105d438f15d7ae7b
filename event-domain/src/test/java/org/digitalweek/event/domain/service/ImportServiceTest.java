package org.digitalweek.event.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.diff.SessionCancelled;
import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.error.ForbiddenChangeException;
import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.ItemNotFoundException;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.error.VersionConflictException;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.fixtures.FullEdition;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.model.EditionStatus;
import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;
import org.digitalweek.event.domain.port.out.Importer;
import org.digitalweek.event.domain.rules.ProgrammeChecker;

class ImportServiceTest {

    private static final String ID = EditionDrafts.ID;
    private static final ImportWarning REPAIR = new ImportWarning(DocumentPlace.event("7"), "réparé", "repaired");

    private final FakeEditions store = new FakeEditions();
    private final Map<String, EditionDraft> documents = Map.of(
            "week", EditionDrafts.week(),
            "week-with-a-cancellation", EditionDrafts.replacingSession(EditionDrafts.week(), 1,
                    EditionDrafts.panel().withStatus(SessionStatus.CANCELLED)),
            "full-without-people", FullEdition.draft().withOfficials(List.of()).withSessions(List.of()),
            "no-title", EditionDrafts.week().withSessions(List.of(new SessionDraft("bad", SessionType.PANEL,
                    Map.of(), null, null, EditionDrafts.slot(0, 12, 0, 9), "plenary", null, null, null, null, null,
                    null, null, null))),
            "no-title-placed", EditionDrafts.week().withSessions(List.of(new SessionDraft("bad", SessionType.PANEL,
                    Map.of(), null, null, EditionDrafts.slot(0, 12, 0, 9), "plenary", null, null, null, null, null,
                    null, null, null))),
            "published", withStatus(EditionStatus.PUBLISHED),
            "archived", withStatus(EditionStatus.ARCHIVED));
    private final DocumentService imports = new DocumentService(store, Validators.inputValidator(),
            new ProgrammeChecker(), Clock.systemUTC(), List.of(), List.of(new KeyedImporter(documents,
                    Map.of("no-title-placed", List.of("event 7 (line 40, column 5)")))));

    @Test
    void anImportStoresTheEditionWithTheRepairsAndTheFindings() throws IOException {
        ImportReport report = imports.importEdition(command("week"), document("week"));

        assertThat(report.stored()).isTrue();
        assertThat(report.edition().version()).isEqualTo(1);
        assertThat(report.edition()).isEqualTo(Drafts.toEdition(EditionDrafts.week()).toBuilder().version(1).build());
        assertThat(report.warnings()).containsExactly(REPAIR);
        assertThat(report.findings()).isEqualTo(new ProgrammeChecker().check(report.edition()));
        assertThat(report.changes()).isEmpty();
        assertThat(store.load(new EditionId(ID))).map(Edition::publicView).contains(report.edition());
    }

    /** Publishing is done by publish alone, which checks the programme and freezes a release. */
    @Test
    void aDocumentThatSaysItIsPublishedOrArchivedIsImportedAsADraftAndTheReportSaysSo() throws IOException {
        for (String key : List.of("published", "archived")) {
            ImportReport report = imports.importEdition(command(key).asDryRun(), document(key));
            assertThat(report.edition().status()).as(key).isEqualTo(EditionStatus.DRAFT);
            assertThat(report.edition().publishedAt()).as(key).isEmpty();
            assertThat(report.warnings()).as(key).hasSize(2).first().isEqualTo(REPAIR);
            ImportWarning dropped = report.warnings().get(1);
            assertThat(dropped.place()).isEqualTo(DocumentPlace.same("status"));
            assertThat(dropped.messageEn()).contains(key)
                    .contains("2027-01-15T09:00:00Z").contains("imported as a draft").contains("publish");
            assertThat(dropped.messageFr()).contains(key.equals("published") ? "publiée" : "archivée")
                    .contains("brouillon").doesNotContain(key.toUpperCase(java.util.Locale.ROOT));
        }

        ImportReport report = imports.importEdition(command("published"), document("published"));

        assertThat(report.stored()).isTrue();
        Edition stored = store.load(new EditionId(ID)).orElseThrow();
        assertThat(stored.publicView().status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(stored.publicView().publishedAt()).isEmpty();
        assertThat(stored.publicView()).isEqualTo(report.edition());
        assertThat(store.releases(new EditionId(ID))).isEmpty();
    }

    @Test
    void replacingWithADocumentThatSaysItIsPublishedKeepsTheStoredStatusAndSaysSo() throws IOException {
        store.save(Edition.of(Drafts.toEdition(EditionDrafts.week())), 0);

        ImportReport report = imports.importEdition(command("published").replacing(), document("published"));

        assertThat(report.edition().status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(report.edition().publishedAt()).isEmpty();
        assertThat(report.warnings()).extracting(ImportWarning::messageEn)
                .anySatisfy(m -> assertThat(m).contains("says published").contains("stays draft"));
        assertThat(store.load(new EditionId(ID)).orElseThrow().publicView().status()).isEqualTo(EditionStatus.DRAFT);
    }

    @Test
    void aDryRunReportsTheSameAndStoresNothing() throws IOException {
        ImportReport report = imports.importEdition(command("week").asDryRun(), document("week"));

        assertThat(report.stored()).isFalse();
        assertThat(report.edition().sessions()).hasSize(4);
        assertThat(report.warnings()).containsExactly(REPAIR);
        assertThat(store.load(new EditionId(ID))).isEmpty();
    }

    @Test
    void theIdTheUserChoseWins() throws IOException {
        ImportReport report = imports.importEdition(
                ImportEditionCommand.create("keyed", ImportContext.named("week").withEditionId("renamed-2027")),
                document("week"));

        assertThat(report.edition().id().value()).isEqualTo("renamed-2027");
        assertThat(store.load(new EditionId("renamed-2027"))).isPresent();
        assertThat(store.load(new EditionId(ID))).isEmpty();
    }

    @Test
    void aTakenIdIsRefusedUnlessReplacingAndTheStoreIsUnchanged() throws IOException {
        Edition before = store.save(Edition.of(Drafts.toEdition(EditionDrafts.week())), 0);

        assertThatThrownBy(() -> imports.importEdition(command("week-with-a-cancellation"),
                document("week-with-a-cancellation")))
                .isInstanceOf(ForbiddenChangeException.class).hasMessageContaining("exists already");
        assertThat(store.load(new EditionId(ID))).contains(before);
    }

    @Test
    void replacingStoresTheNewContentAsTheNextVersionAndSaysWhatChanged() throws IOException {
        store.save(Edition.of(Drafts.toEdition(EditionDrafts.week())
                .toBuilder().status(EditionStatus.PUBLISHED).build()), 0);

        ImportReport report = imports.importEdition(command("week-with-a-cancellation").replacing(),
                document("week-with-a-cancellation"));

        assertThat(report.stored()).isTrue();
        assertThat(report.edition().version()).isEqualTo(2);
        assertThat(report.edition().status()).as("the lifecycle is the store's").isEqualTo(EditionStatus.PUBLISHED);
        assertThat(report.changes()).hasValueSatisfying(diff -> assertThat(diff.sessionChanges())
                .singleElement().isInstanceOf(SessionCancelled.class));
        assertThat(store.load(new EditionId(ID)).orElseThrow().publicView()).isEqualTo(report.edition());
    }

    @Test
    void aDryRunOfAReplacementSaysWhatWouldChangeAndChangesNothing() throws IOException {
        Edition before = store.save(Edition.of(Drafts.toEdition(EditionDrafts.week())), 0);

        ImportReport report = imports.importEdition(command("week-with-a-cancellation").replacing().asDryRun(),
                document("week-with-a-cancellation"));

        assertThat(report.stored()).isFalse();
        assertThat(report.changes()).hasValueSatisfying(diff -> assertThat(diff.sessionChanges()).hasSize(1));
        assertThat(store.load(new EditionId(ID))).contains(before);
    }

    @Test
    void replacingAnArchivedEditionOrAStaleVersionIsRefused() throws IOException {
        Edition before = store.save(Edition.of(Drafts.toEdition(EditionDrafts.week())
                .toBuilder().status(EditionStatus.ARCHIVED).build()), 0);

        assertThatThrownBy(() -> imports.importEdition(command("week").replacing(), document("week")))
                .isInstanceOf(ForbiddenChangeException.class).hasMessageContaining("archived");
        ImportEditionCommand stale = new ImportEditionCommand("keyed", ImportContext.named("week"),
                command("week").replacing().mode(), false, 7L);
        assertThatThrownBy(() -> imports.importEdition(stale, document("week")))
                .isInstanceOf(VersionConflictException.class);
        assertThat(store.load(new EditionId(ID))).contains(before);
    }

    @Test
    void replacingIsRefusedWhenItWouldOrphanInternalRecords() throws IOException {
        Edition before = store.save(FullEdition.edition(), 0);

        assertThatThrownBy(() -> imports.importEdition(new ImportEditionCommand("keyed",
                ImportContext.named("full-without-people"), command("week").replacing().mode(), false, null),
                document("full-without-people")))
                .isInstanceOf(ForbiddenChangeException.class).hasMessageContaining("protocol file")
                .hasMessageContaining("guest").hasMessageContaining("host");
        assertThat(store.load(new EditionId(FullEdition.ID))).contains(before);
    }

    @Test
    void anInvalidDocumentIsReportedWithItsPathsAndStoresNothing() {
        assertThatThrownBy(() -> imports.importEdition(command("no-title"), document("no-title")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo("no-title");
                    assertThat(e.violations()).extracting(v -> v.path())
                            .containsExactly("sessions[0].slot.end (id bad)", "sessions[0].title (id bad)");
                });
        assertThat(store.list(EditionQuery.ALL)).isEmpty();
    }

    /** A path such as sessions[136] says nothing to the holder of the file: the event's place in it follows. */
    @Test
    void theProblemsOfAnImportedSessionNameItsPlaceInTheDocument() {
        assertThatThrownBy(() -> imports.importEdition(command("no-title-placed"), document("no-title-placed")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.input()).isEqualTo("no-title-placed");
                    assertThat(e.violations()).extracting(v -> v.path()).containsExactly(
                            "sessions[0].slot.end (event 7 (line 40, column 5))",
                            "sessions[0].title (event 7 (line 40, column 5))");
                    assertThat(e.getMessage()).contains("event 7 (line 40, column 5)");
                });
    }

    @Test
    void anUnreadableDocumentStoresNothing() {
        assertThatThrownBy(() -> imports.importEdition(command("broken"), document("broken")))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("line 3");
        assertThat(store.load(new EditionId(ID))).isEmpty();
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        assertThatThrownBy(() -> imports.importEdition(ImportEditionCommand.create("pdf", ImportContext.named("x")),
                document("week"))).isInstanceOf(ItemNotFoundException.class).hasMessageContaining("keyed");
    }

    @Test
    void readingValidatesWithoutTheStore() throws IOException {
        store.save(Edition.of(Drafts.toEdition(EditionDrafts.week())), 0);

        ImportReport report = imports.read("keyed", ImportContext.named("x"), document("week-with-a-cancellation"));

        assertThat(report.stored()).isFalse();
        assertThat(report.edition().version()).isZero();
        assertThat(report.edition().sessions()).filteredOn(s -> s.status() == SessionStatus.CANCELLED).hasSize(1);
    }

    private static EditionDraft withStatus(EditionStatus status) {
        return Drafts.fromEdition(Drafts.toEdition(EditionDrafts.week()).toBuilder().status(status)
                .publishedAt(Optional.of(java.time.Instant.parse("2027-01-15T09:00:00Z"))).build());
    }

    private static ImportEditionCommand command(String name) {
        return ImportEditionCommand.create("keyed", ImportContext.named(name));
    }

    private static InputStream document(String key) {
        return new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a key and returns the draft filed under it, with its sessions' places when filed;
     * {@code broken} is unreadable at line 3.
     */
    private record KeyedImporter(Map<String, EditionDraft> drafts, Map<String, List<String>> places)
            implements Importer {
        @Override
        public String formatId() {
            return "keyed";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public ImportResult read(InputStream in, ImportContext context) throws IOException {
            String key = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.ofNullable(drafts.get(key)).map(d -> new ImportResult(d, List.of(REPAIR),
                    places.getOrDefault(key, List.of())))
                    .orElseThrow(() -> new UnreadableDocumentException(context.sourceName(),
                            DocumentPlace.line(3, 1), "pas une clé", "not a key"));
        }
    }
}
