package org.digitalweek.event.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.digitalweek.event.domain.edition.Contact;
import org.digitalweek.event.domain.edition.ContactKind;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.digitalweek.event.domain.fixtures.RandomEditions;
import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.boot.StoreCatalogue;

/**
 * On every store (in memory, JSON files, SQLite, PostgreSQL), a random edition with protocol files
 * loads back equal after a save, and again after a second save. It sits beside {@link TestPostgres},
 * whose server it uses; the other stores are opened by URI as a user would.
 */
class SaveThenLoadIsTheIdentityProperties {

    private static Path folder;
    private static String schema;
    private static Map<String, Editions> stores;

    @BeforeContainer
    static void openEveryStore() throws IOException {
        folder = Files.createTempDirectory("save-load-properties");
        schema = TestPostgres.createSchema();
        StoreCatalogue catalogue = StoreCatalogue.discover(SaveThenLoadIsTheIdentityProperties.class.getClassLoader());
        stores = new LinkedHashMap<>();
        stores.put("memory", catalogue.open("mem:"));
        stores.put("files", catalogue.open("file:" + folder.resolve("store")));
        stores.put("sqlite", catalogue.open("jdbc:sqlite:" + folder.resolve("store.db")));
        stores.put("postgresql", catalogue.open(TestPostgres.urlFor(schema)));
    }

    @AfterContainer
    static void closeEveryStore() throws Exception {
        for (Editions store : stores.values()) {
            store.close();
        }
        TestPostgres.dropSchema(schema);
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Property(tries = 120)
    void aSavedEditionLoadsBackEqualFromEveryStore(@ForAll("editions") Edition edition) {
        stores.forEach((kind, store) -> {
            store.load(edition.id()).ifPresent(old -> store.delete(old.id(), old.version()));

            Edition first = store.save(edition, 0);
            assertThat(store.load(edition.id())).as(kind).contains(edition.atVersion(1)).contains(first);
            store.save(first, 1);
            assertThat(store.load(edition.id())).as(kind).contains(edition.atVersion(2));
        });
    }

    @Provide
    Arbitrary<Edition> editions() {
        return RandomEditions.editions().map(SaveThenLoadIsTheIdentityProperties::withProtocolFiles);
    }

    /** @return the edition with a protocol file for every other official, built from the official's own texts */
    private static Edition withProtocolFiles(PublicEdition edition) {
        Map<OfficialId, ProtocolFile> files = new LinkedHashMap<>();
        List<Official> officials = edition.officials();
        for (int i = 0; i < officials.size(); i += 2) {
            Official o = officials.get(i);
            files.put(o.id(), new ProtocolFile(List.of(new Contact(ContactKind.values()[i % 3], o.fullName())),
                    o.honorific() == null ? "" : o.honorific()));
        }
        return new Edition(edition, new InternalRecords(files));
    }
}
