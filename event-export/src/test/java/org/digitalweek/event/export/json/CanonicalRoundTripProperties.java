package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.fixtures.RandomEditions;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.ImportResult;

/**
 * Random editions, with every optional part present in some and absent in others and texts of many
 * scripts, go through the canonical document and come back equal, without a warning, and valid as
 * input; writing what was read gives the same bytes.
 */
class CanonicalRoundTripProperties {

    @Property(tries = 400)
    void exportThenImportIsTheIdentity(@ForAll("editions") PublicEdition edition) throws IOException {
        byte[] document = Documents.export(edition);

        ImportResult read = Documents.read(document);

        assertThat(read.warnings()).isEmpty();
        assertThat(Validators.inputValidator().violations(read.edition())).isEmpty();
        PublicEdition back = Drafts.toEdition(read.edition());
        assertThat(back).isEqualTo(edition);
        assertThat(Documents.export(back)).isEqualTo(document);
    }

    @Provide
    Arbitrary<PublicEdition> editions() {
        return RandomEditions.editions();
    }
}
