package org.digitalweek.event.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digitalweek.event.domain.model.ModelFixtures.EXPERT;
import static org.digitalweek.event.domain.model.ModelFixtures.MINISTER;
import static org.digitalweek.event.domain.model.ModelFixtures.assertViolation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.digitalweek.event.domain.edition.Contact;
import org.digitalweek.event.domain.edition.ContactKind;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.junit.jupiter.api.Test;

/** The internal records: {@link Contact}, {@link ProtocolFile} and {@link InternalRecords}. */
class InternalRecordsTest {

    private static final Contact PHONE = new Contact(ContactKind.PHONE, "+223 20 00 00 00");
    private static final ProtocolFile FILE = new ProtocolFile(List.of(PHONE), "");

    @Test
    void contactRejectsABlankValue() {
        assertViolation(() -> new Contact(ContactKind.EMAIL, "  "), "Contact", "value must not be blank");
    }

    @Test
    void contactRejectsNullParts() {
        assertThatNullPointerException().isThrownBy(() -> new Contact(null, "x")).withMessageContaining("'kind'");
        assertThatNullPointerException().isThrownBy(() -> new Contact(ContactKind.POSTAL, null))
                .withMessageContaining("'value'");
    }

    @Test
    void protocolFileMayHaveEmptyNotesAndNoContact() {
        ProtocolFile file = new ProtocolFile(List.of(), "");

        assertThat(file.contacts()).isEmpty();
        assertThat(file.notes()).isEmpty();
    }

    @Test
    void protocolFileContactsAreCopiedAndUnmodifiable() {
        List<Contact> contacts = new ArrayList<>(List.of(PHONE));
        ProtocolFile file = new ProtocolFile(contacts, "Délégation de 4 personnes");
        contacts.add(new Contact(ContactKind.EMAIL, "protocole@example.ml"));

        assertThat(file.contacts()).containsExactly(PHONE);
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> file.contacts().add(PHONE));
    }

    @Test
    void protocolFileRejectsNullParts() {
        assertThatNullPointerException().isThrownBy(() -> new ProtocolFile(null, ""))
                .withMessageContaining("'contacts'");
        assertThatNullPointerException().isThrownBy(() -> new ProtocolFile(List.of(), null))
                .withMessageContaining("'notes'");
    }

    @Test
    void noneHasNoFile() {
        assertThat(InternalRecords.NONE.protocolFiles()).isEmpty();
        assertThat(InternalRecords.NONE.protocolFile(MINISTER)).isEmpty();
    }

    @Test
    void filesAreInIdOrder() {
        Map<OfficialId, ProtocolFile> files = new HashMap<>();
        files.put(new OfficialId("o-zz"), FILE);
        files.put(MINISTER, FILE);
        files.put(EXPERT, FILE);

        assertThat(new InternalRecords(files).protocolFiles().keySet())
                .containsExactly(EXPERT, MINISTER, new OfficialId("o-zz"));
    }

    @Test
    void protocolFileFindsTheFileOfAnOfficial() {
        InternalRecords records = new InternalRecords(Map.of(MINISTER, FILE));

        assertThat(records.protocolFile(MINISTER)).contains(FILE);
        assertThat(records.protocolFile(EXPERT)).isEmpty();
    }

    @Test
    void filesAreCopiedAndUnmodifiable() {
        Map<OfficialId, ProtocolFile> files = new HashMap<>(Map.of(MINISTER, FILE));
        InternalRecords records = new InternalRecords(files);
        files.put(EXPERT, FILE);

        assertThat(records.protocolFiles()).containsOnlyKeys(MINISTER);
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> records.protocolFiles().put(EXPERT, FILE));
    }

    @Test
    void rejectsANullMap() {
        assertThatNullPointerException().isThrownBy(() -> new InternalRecords(null))
                .withMessageContaining("'protocolFiles'");
    }
}
