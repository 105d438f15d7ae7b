package org.digitalweek.event.export.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;

import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.error.Violation;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Room;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.Venue;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.validation.InputValidator;
import org.digitalweek.event.domain.validation.Validators;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;

class CanonicalJsonRoundTripTest {

    private static final ValidatorFactory FACTORY = Validators.buildDefaultFactory();
    private static final InputValidator VALIDATOR = new InputValidator(FACTORY);

    @AfterAll
    static void closeFactory() {
        FACTORY.close();
    }

    @Test
    void an_exported_edition_reads_back_valid_and_equal() throws IOException {
        PublicEdition original = EditionFixtures.digitalWeek();

        ImportResult read = Documents.read(Documents.export(original));

        assertThat(read.warnings()).isEmpty();
        assertThat(VALIDATOR.violations(read.edition())).isEmpty();
        assertThat(Drafts.toEdition(read.edition())).isEqualTo(original);
    }

    @Test
    void sources_pages_and_links_come_back_and_are_left_out_where_a_session_has_none() throws IOException {
        PublicEdition linked = EditionVariants.linked();
        byte[] document = Documents.export(linked);

        ImportResult read = Documents.read(document);

        assertThat(read.warnings()).isEmpty();
        assertThat(Drafts.toEdition(VALIDATOR.check(Documents.SOURCE, read.edition()))).isEqualTo(linked);
        assertThat(session(read, "ceremonie-de-lancement").links()).hasSize(4);
        assertThat(session(read, "ceremonie-de-lancement").url()).isEqualTo(EditionVariants.OPENING_PAGE);
        assertThat(session(read, "formation-intensive-ia")).satisfies(training -> {
            assertThat(training.source()).isNull();
            assertThat(training.url()).isNull();
            assertThat(training.links()).isNull();
        });
        String text = new String(document, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.split("\"links\": \\[", -1)).hasSize(2);
        assertThat(text).doesNotContain("\"links\": []").doesNotContain("\"source\": {}");
    }

    private static SessionDraft session(ImportResult read, String id) {
        return read.edition().sessions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void the_version_is_not_part_of_the_document() throws IOException {
        PublicEdition stored = EditionFixtures.digitalWeek().toBuilder().version(7).build();

        PublicEdition back = Drafts.toEdition(Documents.read(Documents.export(stored)).edition());

        assertThat(back).isEqualTo(stored.toBuilder().version(0).build());
        assertThat(Documents.export(stored)).isEqualTo(Documents.export(EditionFixtures.digitalWeek()));
    }

    @Test
    void equal_editions_give_the_same_bytes() {
        assertThat(Documents.export(EditionFixtures.digitalWeek())).isEqualTo(Documents.export(EditionFixtures.digitalWeek()));
    }

    @Test
    void a_round_trip_gives_the_same_bytes() throws IOException {
        byte[] first = Documents.export(EditionFixtures.digitalWeek());

        byte[] second = Documents.export(Drafts.toEdition(Documents.read(first).edition()));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_sample_and_a_generated_week_of_2000_sessions_come_back_byte_for_byte() throws IOException {
        for (PublicEdition edition : List.of(Editions.sample(), Editions.generated())) {
            byte[] first = Documents.export(edition);

            ImportResult read = Documents.read(first);
            byte[] second = Documents.export(Drafts.toEdition(VALIDATOR.check(Documents.SOURCE, read.edition())));

            assertThat(read.warnings()).isEmpty();
            assertThat(second).as(edition.id().value()).isEqualTo(first);
        }
    }

    @Test
    void zero_is_a_value_not_an_absence() throws IOException {
        PublicEdition original = EditionFixtures.digitalWeek();
        Venue venue = original.venues().get(1);
        Room room = venue.rooms().get(0);
        Venue standing = new Venue(venue.id(), venue.name(), venue.shortName(), venue.city(), venue.country(),
                List.of(new Room(room.id(), room.name(), OptionalInt.of(0), room.sharedSpace(), room.provenance())),
                venue.provenance());
        Session nobody = original.sessions().get(3);
        Session empty = new Session(nobody.id(), nobody.type(), nobody.title(), nobody.summary(), nobody.track(),
                nobody.slot(), nobody.room(), nobody.participants(), nobody.languages(), nobody.status(),
                OptionalInt.of(0), nobody.statements(), nobody.provenance(),
                nobody.parallelAllowed(), nobody.origin());
        PublicEdition zeros = original.toBuilder().venues(List.of(original.venues().get(0), standing))
                .sessions(List.of(original.sessions().get(0), original.sessions().get(1),
                        original.sessions().get(2), empty))
                .build();

        String document = Documents.exportText(zeros);

        assertThat(document).contains("\"capacity\": 0").contains("\"expectedAttendance\": 0");
        assertThat(Drafts.toEdition(Documents.read(document).edition())).isEqualTo(zeros);
    }

    @Test
    void the_importer_maps_and_the_domain_checks() throws IOException {
        String wrong = Documents.exportText(EditionFixtures.digitalWeek())
                .replace("\"room\": \"usttb-lab\"", "\"room\": \"nowhere\"")
                .replace("\"capacity\": 40", "\"capacity\": -40");

        ImportResult read = Documents.read(wrong);

        assertThat(read.edition().sessions().get(3).room()).isEqualTo("nowhere");
        assertThat(VALIDATOR.violations(read.edition())).extracting(Violation::path)
                .containsExactlyInAnyOrder("sessions[3].room", "venues[1].rooms[0].capacity");
    }

    @Test
    void a_minimal_edition_round_trips_too() throws IOException {
        PublicEdition full = EditionFixtures.digitalWeek();
        PublicEdition minimal = PublicEdition.builder().id(full.id()).series(full.series()).number(1)
                .title(full.title()).theme(full.theme()).dates(full.dates()).zone(full.zone())
                .host(full.hostCity(), full.hostCountry()).build();

        ImportResult read = Documents.read(Documents.export(minimal));

        assertThat(VALIDATOR.violations(read.edition())).isEmpty();
        assertThat(Drafts.toEdition(read.edition())).isEqualTo(minimal);
    }
}
