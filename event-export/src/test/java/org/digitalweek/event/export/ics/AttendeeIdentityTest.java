package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.Official;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.SessionId;

/**
 * An {@code ATTENDEE} is a person by their cal-address and their {@code CN}, as a frab person is by
 * their id and name: one address under two names is two people, and one name under two addresses too.
 */
class AttendeeIdentityTest {

    private static PublicEdition read(String... events) {
        return ImportedCalendars.edition(ImportedCalendars.read(ImportedCalendars.calendar(
                List.of("X-WR-TIMEZONE:Africa/Bamako"), events), ImportedCalendars.CONTEXT));
    }

    private static List<String> speakers(PublicEdition edition, String session) {
        return edition.session(new SessionId(session)).orElseThrow().participants().stream()
                .map(p -> edition.official(p.official()).orElseThrow().fullName()).toList();
    }

    @Test
    void oneAddressUnderTwoNamesIsTwoPeopleAndTheAddressIgnoresCase() {
        PublicEdition edition = read(
                "UID:a|SUMMARY:A|DTSTART:20260129T090000Z|DURATION:PT1H|ATTENDEE;CN=Awa Traoré:mailto:Team@Example.org",
                "UID:b|SUMMARY:B|DTSTART:20260129T090000Z|DURATION:PT1H|ATTENDEE;CN=Jean Diarra:mailto:team@example.org",
                "UID:c|SUMMARY:C|DTSTART:20260129T110000Z|DURATION:PT1H|ATTENDEE;CN=awa traoré:MAILTO:TEAM@EXAMPLE.ORG");

        assertThat(speakers(edition, "a")).containsExactly("Awa Traoré");
        assertThat(speakers(edition, "b")).containsExactly("Jean Diarra");
        assertThat(speakers(edition, "c")).containsExactly("Awa Traoré");
        assertThat(edition.officials()).extracting(Official::fullName).containsExactly("Awa Traoré", "Jean Diarra");
    }

    @Test
    void oneNameUnderTwoAddressesIsTwoPeople() {
        PublicEdition edition = read(
                "UID:a|SUMMARY:A|DTSTART:20260129T090000Z|DURATION:PT1H|ATTENDEE;CN=Awa Traoré:mailto:awa@example.org",
                "UID:b|SUMMARY:B|DTSTART:20260129T090000Z|DURATION:PT1H|ATTENDEE;CN=Awa Traoré:mailto:awa@example.net");

        assertThat(edition.officials()).extracting(Official::fullName).containsExactly("Awa Traoré", "Awa Traoré");
        assertThat(edition.officials()).extracting(o -> o.id().value())
                .containsExactly("person-awa-traore", "person-awa-traore-2");
    }

    @Test
    void anAttendeeWithoutACommonNameIsNamedByTheirAddress() {
        PublicEdition edition = read(
                "UID:a|SUMMARY:A|DTSTART:20260129T090000Z|DURATION:PT1H|ATTENDEE:mailto:awa@example.org");

        assertThat(speakers(edition, "a")).containsExactly("awa@example.org");
    }
}
