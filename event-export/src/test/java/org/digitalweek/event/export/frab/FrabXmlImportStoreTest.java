package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.diff.SessionAdded;
import org.digitalweek.event.domain.diff.SessionMoved;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.model.EditionId;
import org.digitalweek.event.domain.port.in.ImportEditionCommand;
import org.digitalweek.event.domain.port.in.ImportReport;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.model.ImportContext;

/**
 * Through the domain's import use case: a broken {@code schedule.xml} leaves the store as it was,
 * and a dry run reports what an import would do without storing it.
 */
class FrabXmlImportStoreTest {

    private static final EditionId DEMO = new EditionId("demo2026");
    private static final ImportEditionCommand CREATE = ImportEditionCommand.create("frab-xml",
            ImportContext.named("demo.xml"));

    private final FakeEditions store = new FakeEditions();
    private Edition stored;

    @BeforeEach
    void storeTheDemo() throws IOException {
        ImportReport first = FrabImports.store(CREATE, FrabDocuments.valid(), store);
        assertThat(first.stored()).isTrue();
        stored = store.load(DEMO).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.publicView().sessions()).hasSize(2);
    }

    @Test
    void aBrokenReplacementLeavesTheStoredEditionAsItWas() {
        String badValues = FrabDocuments.schedule(FrabDocuments.event("1", "2026-03-10T09:00:00+00:00", "soon"),
                FrabDocuments.event("2", "2026-03-10T10:00:00+00:00", "0:30"));
        String truncated = FrabDocuments.valid().substring(0, FrabDocuments.valid().length() / 2);
        String doctype = FrabDocuments.valid().replace("<schedule>", "<!DOCTYPE schedule [<!ENTITY a \"b\">]><schedule>");

        for (String broken : new String[] {badValues, truncated, doctype}) {
            assertThatThrownBy(() -> FrabImports.store(CREATE.replacing(), broken, store))
                    .isInstanceOf(UnreadableDocumentException.class);
            assertThat(store.load(DEMO)).contains(stored);
        }
        assertThat(store.list(EditionQuery.ALL)).hasSize(1);
    }

    @Test
    void aDryRunReportsTheChangesAndStoresNothing() throws IOException {
        String later = FrabDocuments.schedule(FrabDocuments.event("1", "2026-03-10T09:30:00+00:00", "1:00"),
                FrabDocuments.event("2", "2026-03-10T10:00:00+00:00", "00:30"),
                FrabDocuments.event("3", "2026-03-10T11:00:00+00:00", "00:45"));

        ImportReport report = FrabImports.store(CREATE.replacing().asDryRun(), later, store);

        assertThat(report.stored()).isFalse();
        assertThat(report.edition().sessions()).hasSize(3);
        assertThat(report.changes()).get().satisfies(diff -> assertThat(diff.sessionChanges())
                .hasExactlyElementsOfTypes(SessionMoved.class, SessionAdded.class));
        assertThat(store.load(DEMO)).contains(stored);
    }

    @Test
    void aDryRunIntoAnEmptyStoreStoresNothing() throws IOException {
        FakeEditions empty = new FakeEditions();

        ImportReport report = FrabImports.store(CREATE.asDryRun(), FrabDocuments.valid(), empty);

        assertThat(report.stored()).isFalse();
        assertThat(report.edition().id()).isEqualTo(DEMO);
        assertThat(empty.list(EditionQuery.ALL)).isEmpty();
    }

    @Test
    void theSameDocumentCannotBeCreatedTwice() {
        assertThatThrownBy(() -> FrabImports.store(CREATE, FrabDocuments.valid(), store))
                .hasMessageContaining("the edition exists already");
        assertThat(store.load(DEMO)).contains(stored);
    }
}
