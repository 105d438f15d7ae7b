package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.draft.RoomDraft;
import org.digitalweek.event.domain.draft.SlotDraft;
import org.digitalweek.event.domain.draft.VenueDraft;
import org.digitalweek.event.domain.fixtures.RandomEditions;

/**
 * The draft writer writes what the record serialization of the canonical mapper writes, byte for
 * byte, for any draft: valid or not, with empty and absent parts, zeros and {@code false}.
 */
class DraftWriterProperties {

    private static final ObjectWriter RECORDS = CanonicalJson.writingMapper().writer();

    @Property(tries = 300)
    void writesWhatTheRecordSerializationWrites(@ForAll("drafts") EditionDraft draft) {
        assertThat(written(draft, (g, d) -> new DraftWriter(g).edition(d)))
                .isEqualTo(written(draft, (g, d) -> RECORDS.writeValue(g, d)));
    }

    @Property(tries = 100)
    void writesEditionsAsTheRecordSerializationDoes(@ForAll("editions") EditionDraft draft) {
        assertThat(written(draft, (g, d) -> new DraftWriter(g).edition(d)))
                .isEqualTo(written(draft, (g, d) -> RECORDS.writeValue(g, d)));
    }

    @Example
    void writesZerosEmptyTextsAndDatesOutsideTheUsualYears() {
        EditionDraft usual = Drafts.fromEdition(EditionFixtures.digitalWeek());
        EditionDraft odd = new EditionDraft(usual.id(), usual.series(), 0, Map.of("fr", "", "en", "b", "ar", "c"),
                usual.theme(), LocalDate.of(12345, 1, 2), LocalDate.of(-3, 1, 2), "", null, "",
                List.of(new VenueDraft("v", Map.of(), null, null, null,
                        List.of(new RoomDraft("r", null, 0, false, Map.of())), null)),
                null, List.of(), usual.officials(),
                usual.sessions().stream().map(s -> s.movedTo(new SlotDraft(
                        LocalDateTime.of(2026, 1, 2, 3, 4, 5, 600), LocalDateTime.of(99, 1, 2, 3, 4)), null))
                        .toList(), null, Instant.parse("2026-01-02T03:04:05.123Z"), Map.of());

        assertThat(written(odd, (g, d) -> new DraftWriter(g).edition(d)))
                .isEqualTo(written(odd, (g, d) -> RECORDS.writeValue(g, d)));
    }

    @Provide
    Arbitrary<EditionDraft> drafts() {
        return RandomEditions.drafts();
    }

    @Provide
    Arbitrary<EditionDraft> editions() {
        return RandomEditions.editions().map(Drafts::fromEdition);
    }

    private static String written(EditionDraft draft, BiConsumer<JsonGenerator, EditionDraft> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = RECORDS.createGenerator(out, JsonEncoding.UTF8)) {
            write.accept(g, draft);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

}
