package org.digitalweek.event.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.InvalidInputException;
import org.digitalweek.event.domain.error.ItemNotFoundException;
import org.digitalweek.event.domain.fixtures.EditionDrafts;
import org.digitalweek.event.domain.fixtures.FakeEditions;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.in.ExportQuery;
import org.digitalweek.event.domain.port.in.PlanEditionCommand;
import org.digitalweek.event.domain.port.in.SessionSelection;
import org.digitalweek.event.domain.port.out.ExportContext;
import org.digitalweek.event.domain.port.out.Exporter;
import org.digitalweek.event.domain.rules.ProgrammeChecker;

/** An export of the sessions of a person, room or track: what the exporter is handed. */
class ExportSelectionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-01T08:00:00Z"), ZoneOffset.UTC);

    /** Writes the words of the selection, the session ids and the official ids it was handed. */
    static final class SeenExporter implements Exporter {
        @Override
        public String formatId() {
            return "seen";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public void export(PublicEdition edition, ExportContext context, OutputStream out) throws IOException {
            String words = context.selection().map(w -> w.resolve(context.readerLanguage(edition))).orElse("-");
            String sessions = edition.programme().stream().map(s -> s.id().toString()).collect(Collectors.joining(","));
            String officials = edition.officials().stream().map(o -> o.id().toString())
                    .collect(Collectors.joining(","));
            out.write((words + "|" + sessions + "|" + officials).getBytes(StandardCharsets.UTF_8));
        }
    }

    private final FakeEditions store = new FakeEditions();
    private final DocumentService documents = new DocumentService(store, Validators.inputValidator(),
            new ProgrammeChecker(), CLOCK, List.of(new SeenExporter()), List.of());

    @BeforeEach
    void planTheWeek() {
        new ProgrammeService(store, Validators.inputValidator()).plan(new PlanEditionCommand(EditionDrafts.week()));
    }

    private String export(SessionSelection selection, String language) {
        return new String(documents.export(new ExportQuery(EditionDrafts.ID, "seen", language, selection)).bytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void withoutASelectionTheWholeProgrammeIsExportedAndNamedByNothing() {
        assertThat(export(SessionSelection.ALL, "fr"))
                .isEqualTo("-|opening,expo,panel-1,ai-training|host-minister,guest-minister");
        assertThat(new ExportQuery(EditionDrafts.ID, "seen", "fr").selection()).isEqualTo(SessionSelection.ALL);
        assertThat(new ExportQuery(EditionDrafts.ID, "seen", "fr", null).selection()).isEqualTo(SessionSelection.ALL);
    }

    @Test
    void aPersonsCalendarHoldsTheirSessionsOnlyAndIsNamedByThem() {
        assertThat(export(new SessionSelection(null, null, "guest-minister"), "en"))
                .isEqualTo("M. Nom guest-minister|opening,panel-1|host-minister,guest-minister");
        assertThat(export(new SessionSelection(null, null, "host-minister"), "en"))
                .isEqualTo("M. Nom host-minister|opening|host-minister,guest-minister");
    }

    @Test
    void aRoomOrATrackKeepsItsSessionsAndOnlyTheOfficialsTheyName() {
        assertThat(export(new SessionSelection("hall", null, null), "fr")).isEqualTo("Hall d'exposition|expo|");
        assertThat(export(new SessionSelection(null, "ai", null), "fr"))
                .isEqualTo("Intelligence artificielle|ai-training|");
        assertThat(export(new SessionSelection(null, "gov", null), "fr"))
                .isEqualTo("Gouvernance numérique|opening,panel-1|host-minister,guest-minister");
    }

    @Test
    void severalFiltersMustAllHoldAndTheirNamesAreJoined() {
        assertThat(export(new SessionSelection("plenary", "gov", "host-minister"), "fr"))
                .isEqualTo("M. Nom host-minister · Salle plénière · Gouvernance numérique|opening|"
                        + "host-minister,guest-minister");
        assertThat(export(new SessionSelection("hall", "gov", null), "fr")).isEqualTo(
                "Hall d'exposition · Gouvernance numérique||");
    }

    @Test
    void theSelectedSessionsAreTheSameValuesAsInTheWholeEdition() {
        PublicEdition whole = store.load(new org.digitalweek.event.domain.model.EditionId(EditionDrafts.ID))
                .orElseThrow().publicView();
        SelectedSessions selected = SelectedSessions.of(whole, new SessionSelection(null, "gov", null));

        List<Session> expected = whole.programme().stream()
                .filter(s -> s.track().map(t -> t.toString().equals("gov")).orElse(false)).toList();
        assertThat(selected.edition().programme()).isEqualTo(expected);
        assertThat(selected.edition().version()).isEqualTo(whole.version());
    }

    @Test
    void anUnknownPersonRoomOrTrackIsNotFoundInBothLanguages() {
        assertThatThrownBy(() -> export(new SessionSelection("cellar", null, null), "fr"))
                .isInstanceOfSatisfying(ItemNotFoundException.class, e -> {
                    assertThat(e.kind()).isEqualTo("room");
                    assertThat(e.getMessage("fr")).isEqualTo("l'édition « test-week-2027 » n'a pas de salle « cellar »");
                    assertThat(e.getMessage("en")).isEqualTo("edition 'test-week-2027' has no room 'cellar'");
                });
        assertThatThrownBy(() -> export(new SessionSelection(null, "music", null), "fr"))
                .isInstanceOfSatisfying(ItemNotFoundException.class, e -> assertThat(e.getMessage("fr"))
                        .isEqualTo("l'édition « test-week-2027 » n'a pas de parcours « music »"));
        assertThatThrownBy(() -> export(new SessionSelection(null, null, "nobody"), "en"))
                .isInstanceOfSatisfying(ItemNotFoundException.class, e -> assertThat(e.kind()).isEqualTo("official"));
    }

    @Test
    void aSelectionThatIsNotAnIdIsRefusedWithItsPath() {
        assertThatThrownBy(() -> export(new SessionSelection("Salle A", null, "<script>"), "fr"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactlyInAnyOrder("selection.roomId", "selection.personId"));
    }
}
