package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.EDITION_ID;
import static org.digitalweek.event.domain.model.ModelFixtures.EDITION_TYPE;
import static org.digitalweek.event.domain.model.ModelFixtures.EXPERT;
import static org.digitalweek.event.domain.model.ModelFixtures.MINISTER;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;
import static org.digitalweek.event.domain.model.ModelFixtures.edition;

import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.edition.Contact;
import org.digitalweek.event.domain.edition.ContactKind;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.junit.jupiter.api.Test;

class EditionTest {

    private static final ProtocolFile FILE = new ProtocolFile(
            List.of(new Contact(ContactKind.EMAIL, "cabinet@example.ml")), "Placer à la droite du Premier ministre");
    private static final InternalRecords RECORDS = new InternalRecords(Map.of(MINISTER, FILE));

    @Test
    void ofHasNoInternalRecords() {
        Edition edition = Edition.of(edition());

        assertThat(edition.internal()).isEqualTo(InternalRecords.NONE);
        assertThat(edition.publicView()).isEqualTo(edition());
    }

    @Test
    void idAndVersionAreThoseOfThePublicView() {
        Edition edition = Edition.of(edition().toBuilder().version(3).build());

        assertThat(edition.id()).isEqualTo(EDITION_ID);
        assertThat(edition.version()).isEqualTo(3);
    }

    @Test
    void keepsAProtocolFileOfAnOfficialOfTheEdition() {
        Edition edition = new Edition(edition(), RECORDS);

        assertThat(edition.internal().protocolFile(MINISTER)).contains(FILE);
        assertThat(edition.internal().protocolFile(EXPERT)).isEmpty();
    }

    @Test
    void rejectsAProtocolFileOfAnUnknownOfficial() {
        InternalRecords records = new InternalRecords(Map.of(MINISTER, FILE, new OfficialId("o-ghost"), FILE));

        assertViolation(() -> new Edition(edition(), records), EDITION_TYPE,
                "protocol file for unknown official 'o-ghost'");
    }

    @Test
    void atVersionChangesTheVersionAndKeepsTheInternalRecords() {
        Edition edition = new Edition(edition(), RECORDS);

        Edition saved = edition.atVersion(7);

        assertThat(saved.version()).isEqualTo(7);
        assertThat(saved.internal()).isEqualTo(RECORDS);
        assertThat(saved.publicView()).isEqualTo(edition.publicView().toBuilder().version(7).build());
        assertThat(edition.version()).isZero();
    }

    @Test
    void atVersionRejectsANegativeVersion() {
        Edition edition = Edition.of(edition());

        assertViolation(() -> edition.atVersion(-1), EDITION_TYPE, "version must not be negative");
    }

    @Test
    void withPublicViewKeepsTheInternalRecords() {
        Edition edition = new Edition(edition(), RECORDS);
        PublicEdition published = edition().toBuilder().status(EditionStatus.PUBLISHED).build();

        Edition next = edition.withPublicView(published);

        assertThat(next.publicView()).isEqualTo(published);
        assertThat(next.internal()).isEqualTo(RECORDS);
    }

    @Test
    void withPublicViewRejectsAViewWithoutAnOfficialWhoHasAFile() {
        Edition edition = new Edition(edition(), RECORDS);
        PublicEdition withoutSessions = edition().toBuilder().sessions(List.of()).build();
        PublicEdition withoutMinister = withoutSessions.toBuilder()
                .officials(withoutSessions.officials().stream().filter(o -> !o.id().equals(MINISTER)).toList())
                .build();

        assertViolation(() -> edition.withPublicView(withoutMinister), EDITION_TYPE,
                "protocol file for unknown official 'o-minister'");
    }

    @Test
    void rejectsNullParts() {
        assertThatNullPointerException().isThrownBy(() -> new Edition(null, InternalRecords.NONE))
                .withMessageContaining("'publicView'");
        assertThatNullPointerException().isThrownBy(() -> new Edition(edition(), null))
                .withMessageContaining("'internal'");
    }
}
