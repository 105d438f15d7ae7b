package org.digitalweek.event.export.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;

/** An entry's texts in other languages become the session's translations; its own language wins. */
class TranslatedEntriesTest {

    private static final EntryTime NINE = EntryTime.local(LocalDateTime.of(2026, 1, 29, 9, 0), Duration.ofHours(1));

    @Test
    void translationsAreKeptBesideTheEntrysOwnLanguage() {
        Map<String, EntryTexts> translations = new LinkedHashMap<>();
        translations.put("en", new EntryTexts("Opening", null, "Welcome.", "The programme."));
        translations.put("fr", new EntryTexts("Autre titre", null, "Ignoré", null));
        translations.put("not a tag", new EntryTexts("?", null, null, null));

        ImportResult result = build(new ScheduleEntry(DocumentPlace.same("event 1"), "1", "ouverture", "Ouverture", null, "Bienvenue.",
                null, "fr", "opening", null, "Salle", NINE, List.of(), false, translations));

        SessionDraft session = result.edition().sessions().get(0);
        assertThat(session.title()).containsExactlyInAnyOrderEntriesOf(Map.of("fr", "Ouverture", "en", "Opening"));
        assertThat(session.summary()).containsExactlyInAnyOrderEntriesOf(
                Map.of("fr", "Bienvenue.", "en", "Welcome.\n\nThe programme."));
        assertThat(result.warnings()).extracting(ImportWarning::messageEn)
                .contains("unknown language 'not a tag': translation skipped");
    }

    @Test
    void anEntryWithoutTranslationsKeepsOneLanguage() {
        ImportResult result = build(new ScheduleEntry(DocumentPlace.same("event 1"), "1", "ouverture", "Ouverture", null, null, null,
                "fr", "opening", null, "Salle", NINE, List.of(), false));

        SessionDraft session = result.edition().sessions().get(0);
        assertThat(session.title()).containsExactly(Map.entry("fr", "Ouverture"));
        assertThat(session.summary()).isNull();
    }

    private static ImportResult build(ScheduleEntry entry) {
        ScheduleBuilder builder = new ScheduleBuilder(ImportContext.named("test.json"));
        builder.conference(new Conference("test", "Test", null, LocalDate.of(2026, 1, 29), LocalDate.of(2026, 1, 29),
                "Africa/Bamako", null, null, "fr", DocumentPlace.same("conference")));
        builder.add(entry);
        return builder.build();
    }
}
