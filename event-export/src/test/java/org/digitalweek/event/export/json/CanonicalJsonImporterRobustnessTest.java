package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.export.support.PaddedDocument;

/** Whatever the bytes, the importer answers with a draft or an UnreadableDocumentException, never anything else. */
class CanonicalJsonImporterRobustnessTest {

    private static final String PLACE = "line \\d+, column \\d+( \\(/.*\\))?";

    private final byte[] document = Documents.export(EditionFixtures.digitalWeek());

    @Test
    void every_cut_short_document_is_refused_with_a_place() {
        for (int length = 0; length < document.length - 1; length += 5) {
            byte[] cut = Arrays.copyOf(document, length);

            Throwable refusal = catchThrowable(() -> Documents.read(cut));

            assertThat(refusal).as("cut at %d", length).isInstanceOf(UnreadableDocumentException.class);
            assertThat(((UnreadableDocumentException) refusal).place().english()).matches(PLACE);
        }
    }

    @Test
    void damaged_documents_give_a_draft_or_a_refusal_and_nothing_else() {
        Random random = new Random(2026);
        char[] damage = "{}[]\":,0-a\\ \u00e9".toCharArray();
        String text = new String(document, StandardCharsets.UTF_8);
        for (int run = 0; run < 500; run++) {
            StringBuilder damaged = new StringBuilder(text);
            for (int hit = 0; hit <= random.nextInt(3); hit++) {
                int at = random.nextInt(damaged.length());
                if (random.nextBoolean()) {
                    damaged.setCharAt(at, damage[random.nextInt(damage.length)]);
                } else {
                    damaged.deleteCharAt(at);
                }
            }

            Throwable refusal = catchThrowable(() -> Documents.read(damaged.toString()));

            if (refusal != null) {
                assertThat(refusal).as("run %d", run).isInstanceOf(UnreadableDocumentException.class);
                assertThat(((UnreadableDocumentException) refusal).place().english()).matches(PLACE);
                assertThat(refusal.getMessage()).doesNotContain("tools.jackson", "java.lang", "Exception");
            }
        }
    }

    @Test
    void a_document_over_512_mib_is_refused_without_being_held_in_memory() {
        UnreadableDocumentException refusal = (UnreadableDocumentException) catchThrowable(() ->
                new CanonicalJsonImporter().read(new PaddedDocument("{\"format\": \"digitalweek-edition\",", 513L << 20),
                        Documents.IMPORT));

        assertThat(refusal.rule()).isEqualTo("document too long: a document may have 512 MiB (536870912 characters) at most");
        assertThat(refusal.place().english()).startsWith("line 1, column ");
    }
}
