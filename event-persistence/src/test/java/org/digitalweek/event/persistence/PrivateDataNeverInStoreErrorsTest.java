package org.digitalweek.event.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.digitalweek.event.domain.edition.Contact;
import org.digitalweek.event.domain.edition.ContactKind;
import org.digitalweek.event.domain.edition.Edition;
import org.digitalweek.event.domain.edition.InternalRecords;
import org.digitalweek.event.domain.edition.ProtocolFile;
import org.digitalweek.event.domain.error.DomainException;
import org.digitalweek.event.domain.fixtures.FullEdition;
import org.digitalweek.event.domain.model.OfficialId;
import org.digitalweek.event.domain.model.EditionQuery;
import org.digitalweek.event.domain.port.out.Editions;
import org.digitalweek.event.domain.boot.StoreCatalogue;

/**
 * A store whose internal records were damaged reports where and what rule, never their content: a
 * protocol file's canaries (an e-mail, a phone number, notes) appear in no error message, no cause's
 * message and no suppressed exception, whichever operation meets the damage.
 */
class PrivateDataNeverInStoreErrorsTest {

    private static final String MARK = "CANARY7f3a";
    private static final String EMAIL = "cabinet." + MARK + "@secret.example";
    private static final String PHONE = "+223 99 " + MARK;
    private static final String NOTES = "Arrives by the back door; " + MARK;

    @TempDir
    Path folder;

    static Stream<Arguments> damages() {
        return Stream.of(
                damage("a contact kind replaced by private text", t -> t.replace("\"EMAIL\"", "\"" + EMAIL + "\"")),
                damage("notes no longer quoted", t -> t.replace("\"" + NOTES + "\"", NOTES)),
                damage("notes cut by a raw control character", t -> t.replace(MARK, "\u0007" + MARK)),
                damage("notes of the wrong type", t -> t.replace("\"" + NOTES + "\"", "[\"" + NOTES + "\"]")),
                damage("an unknown property named with private text",
                        t -> t.replace("\"notes\": \"", "\"" + MARK + "\": 1, \"notes\": \"")),
                damage("a contact value made a number", t -> t.replace("\"" + PHONE + "\"", "223" + MARK.length())),
                damage("the file cut in the middle of the notes", t -> t.substring(0, t.indexOf(MARK) + 3)),
                damage("private text after the end", t -> t + MARK));
    }

    private static Arguments damage(String name, UnaryOperator<String> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void aDamagedEditionFileIsReportedWithoutItsPrivateText(String name, UnaryOperator<String> change)
            throws IOException {
        String uri = "file:" + folder.resolve("store");
        try (Editions store = open(uri)) {
            store.save(edition(), 0);
        }
        Path file = folder.resolve("store").resolve(FullEdition.ID + ".json");
        String stored = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(stored).as("the canaries are really in the file").contains(EMAIL, PHONE, NOTES);
        Files.writeString(file, change.apply(stored), StandardCharsets.UTF_8);

        assertEveryOperationFailsWithoutTheCanary(uri);
    }

    @Test
    void damagedProtocolRowsInSqliteAreReportedWithoutTheirPrivateText() throws IOException, SQLException {
        Path database = folder.resolve("store.db");
        String uri = "jdbc:sqlite:" + database;
        try (Editions store = open(uri)) {
            store.save(edition(), 0);
        }
        try (Connection connection = DriverManager.getConnection(uri);
             Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("UPDATE protocol_contacts SET kind = value")).isPositive();
        }

        assertEveryOperationFailsWithoutTheCanary(uri);
    }

    private void assertEveryOperationFailsWithoutTheCanary(String uri) {
        List<Throwable> failures = new ArrayList<>();
        try (Editions store = open(uri)) {
            failures.add(catchThrowable(() -> store.load(edition().id())));
            failures.add(catchThrowable(() -> store.list(EditionQuery.ALL)));
            failures.add(catchThrowable(() -> store.save(edition().atVersion(1), 1)));
            failures.add(catchThrowable(() -> store.delete(edition().id(), 1)));
        } catch (Exception e) {
            failures.add(e);
        }
        assertThat(failures).filteredOn(f -> f != null).as("the damage is met").isNotEmpty()
                .allSatisfy(f -> assertThat(f).isInstanceOf(DomainException.class));
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).as("%s", t.getClass()).doesNotContain(MARK);
                for (Throwable suppressed : t.getSuppressed()) {
                    assertThat(String.valueOf(suppressed.getMessage())).doesNotContain(MARK);
                }
            }
        }
    }

    private static Editions open(String uri) {
        return StoreCatalogue.discover(PrivateDataNeverInStoreErrorsTest.class.getClassLoader()).open(uri);
    }

    private static Edition edition() {
        return new Edition(FullEdition.edition().publicView(), new InternalRecords(Map.of(new OfficialId("host"),
                new ProtocolFile(List.of(new Contact(ContactKind.EMAIL, EMAIL), new Contact(ContactKind.PHONE, PHONE)),
                        NOTES))));
    }
}
