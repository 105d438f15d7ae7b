package org.digitalweek.event.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.in.CancelSessionCommand;
import org.digitalweek.event.domain.port.in.EditionQueryById;
import org.digitalweek.event.domain.port.in.ProgrammeQuery;
import org.digitalweek.event.http.support.ApiClient.Reply;
import org.digitalweek.event.http.support.TestApi;
import org.digitalweek.event.http.support.Tools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /editions/{id}/calendar.ics}: each calendar is read by an independent parser (Python's
 * icalendar), which must see exactly the sessions the domain's own programme query selects, with
 * the same UIDs as in the whole calendar, and a name that says whose calendar it is. On the
 * in-memory store and on PostgreSQL.
 */
class SubscriptionCalendarTest {

    private static final String SAMPLE = TestApi.SAMPLE;
    private static final String PERSON = "aminata-zerbo-sabane";
    private static final String ROOM = "salle-de-formation";
    private static final String TRACK = "intelligence-artificielle";

    /** Prints the calendar's name and, per event, its UID, summary and start, as JSON. */
    private static final String READ_CALENDAR = """
            import json, sys
            from icalendar import Calendar
            with open(sys.argv[1], 'rb') as f:
                calendar = Calendar.from_ical(f.read())
            events = [{'uid': str(e.get('UID')), 'summary': str(e.get('SUMMARY')),
                       'start': e.decoded('DTSTART').isoformat()} for e in calendar.walk('VEVENT')]
            print(json.dumps({'name': str(calendar.get('X-WR-CALNAME')), 'rfc7986Name': str(calendar.get('NAME')),
                              'events': events}))
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The calendar as icalendar reads it. */
    record Parsed(String name, String rfc7986Name, List<JsonNode> events) {

        Set<String> uids() {
            return events.stream().map(e -> e.get("uid").asString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static Parsed parse(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Tools.requirePython("icalendar");
        try {
            Path file = Files.createTempFile("calendar-", ".ics");
            try {
                Files.write(file, reply.body());
                Tools.Run run = Tools.python(READ_CALENDAR, file.toString());
                assertThat(run.exitCode()).as("icalendar could not read the calendar: " + run.errors()).isZero();
                JsonNode read = JSON.readTree(run.output());
                List<JsonNode> events = new java.util.ArrayList<>();
                read.get("events").forEach(events::add);
                return new Parsed(read.get("name").asString(), read.get("rfc7986Name").asString(), events);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What every store must do. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {

        private TestApi server;

        abstract TestApi start();

        @BeforeAll
        void startServer() {
            server = start();
        }

        @AfterAll
        void stopServer() {
            server.close();
        }

        /** The UIDs the domain's own programme query says the calendar must hold. */
        private Set<String> expectedUids(String room, String track, String person) {
            return server.library().programme().programme(new ProgrammeQuery(SAMPLE, null, room, track, person))
                    .stream().map(Session::id).map(id -> id + "@" + SAMPLE + ".digitalweek")
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        @Test
        void withoutAFilterTheCalendarHoldsEverySessionAndIsNamedByTheEdition() {
            Reply reply = server.client().get("/editions/" + SAMPLE + "/calendar.ics?lang=fr");
            Parsed calendar = parse(reply);

            assertThat(reply.header("content-type")).isEqualTo("text/calendar; charset=utf-8");
            assertThat(calendar.uids()).hasSize(5).isEqualTo(expectedUids(null, null, null));
            assertThat(calendar.name()).isEqualTo("Semaine du Numérique au Mali, 3ème édition")
                    .isEqualTo(calendar.rfc7986Name());
        }

        @Test
        void aPersonsCalendarHoldsExactlyTheirSessionsWithTheSameEventsAsTheWholeCalendar() {
            Parsed whole = parse(server.client().get("/editions/" + SAMPLE + "/calendar.ics?lang=fr"));
            Parsed theirs = parse(server.client().get("/editions/" + SAMPLE + "/calendar.ics?person=" + PERSON
                    + "&lang=fr"));

            assertThat(theirs.uids()).isNotEmpty().isEqualTo(expectedUids(null, null, PERSON));
            assertThat(theirs.uids()).hasSizeLessThan(whole.uids().size());
            assertThat(whole.events()).as("the same UID, summary and start in both calendars")
                    .containsAll(theirs.events());
            assertThat(theirs.name()).isEqualTo("Semaine du Numérique au Mali, 3ème édition — Mme Aminata Zerbo Sabané")
                    .isEqualTo(theirs.rfc7986Name());
        }

        @Test
        void aTrackOrARoomCalendarIsNamedInTheRequestedLanguage() {
            Parsed track = parse(server.client().get("/editions/" + SAMPLE + "/calendar.ics?track=" + TRACK,
                    "Accept-Language", "en-GB, fr;q=0.5"));
            Parsed room = parse(server.client().get("/editions/" + SAMPLE + "/calendar.ics?room=" + ROOM
                    + "&lang=fr"));

            assertThat(track.uids()).hasSize(2).isEqualTo(expectedUids(null, TRACK, null));
            assertThat(track.name()).startsWith("Mali Digital Week, 3rd edition — ").containsIgnoringCase("intelligence");
            assertThat(room.uids()).isEqualTo(expectedUids(ROOM, null, null));
            assertThat(room.name()).startsWith("Semaine du Numérique au Mali, 3ème édition — ")
                    .containsIgnoringCase("formation");
        }

        @Test
        void severalFiltersMustAllHold() {
            Parsed both = parse(server.client().get("/editions/" + SAMPLE + "/calendar.ics?room=" + ROOM
                    + "&track=" + TRACK));
            Parsed elsewhere = parse(server.client().get("/editions/" + SAMPLE
                    + "/calendar.ics?room=salle-de-conference&track=" + TRACK));
            Parsed none = parse(server.client().get("/editions/" + SAMPLE + "/calendar.ics?person=" + PERSON
                    + "&track=" + TRACK));

            assertThat(both.uids()).hasSize(2).isEqualTo(expectedUids(ROOM, TRACK, null));
            assertThat(elsewhere.uids()).isEmpty();
            assertThat(none.uids()).isEmpty();
        }

        @Test
        void anUnknownPersonRoomOrTrackIsNotFoundInTheRequestedLanguage() {
            Reply person = server.client().get("/editions/" + SAMPLE + "/calendar.ics?person=nobody&lang=fr");
            Reply room = server.client().get("/editions/" + SAMPLE + "/calendar.ics?room=cave&lang=en");
            Reply track = server.client().get("/editions/" + SAMPLE + "/calendar.ics?track=jazz&lang=fr");
            Reply edition = server.client().get("/editions/nowhere-2030/calendar.ics");

            for (Reply reply : List.of(person, room, track, edition)) {
                assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
                assertThat(reply.header("content-type")).startsWith("application/problem+json");
                assertThat(reply.json().get("type").asString()).isEqualTo("/problems/not-found");
            }
            assertThat(person.json().get("detail").asString()).contains("n'a pas d'officiel « nobody »");
            assertThat(room.json().get("detail").asString()).isEqualTo("edition 'snm-2026' has no room 'cave'");
            assertThat(track.json().get("detail").asString()).contains("n'a pas de parcours « jazz »");
        }

        @Test
        void aFilterThatIsNotAnIdIsInvalidInputNamingTheFilter() {
            Reply reply = server.client().get("/editions/" + SAMPLE + "/calendar.ics?person=%3Cscript%3E&lang=en");

            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.json().get("type").asString()).isEqualTo("/problems/invalid-input");
            assertThat(reply.json().get("violations").get(0).get("path").asString()).isEqualTo("person");
            assertThat(reply.text()).doesNotContain("Exception", "at org.");
        }

        @Test
        void theEtagNamesTheVersionFilterAndLanguageAndAnswers304UntilTheProgrammeChanges() {
            String path = "/editions/" + SAMPLE + "/calendar.ics?person=" + PERSON + "&lang=fr";
            Reply first = server.client().get(path);
            long version = server.library().programme().edition(new EditionQueryById(SAMPLE)).version();

            assertThat(first.header("etag")).startsWith("\"" + version + "-ics-").endsWith("-fr\"");
            assertThat(first.header("cache-control")).isEqualTo("no-cache");
            assertThat(first.header("vary")).contains("Accept-Language");
            assertThat(server.client().get("/editions/" + SAMPLE + "/calendar.ics?lang=fr").header("etag"))
                    .isNotEqualTo(first.header("etag"));
            assertThat(server.client().get(path.replace("lang=fr", "lang=en")).header("etag"))
                    .isNotEqualTo(first.header("etag"));
            Reply again = server.client().get(path, "If-None-Match", first.header("etag"));
            assertThat(again.status()).isEqualTo(304);
            assertThat(again.body()).isEmpty();

            server.library().programme().cancel(new CancelSessionCommand(SAMPLE, version, "ceremonie-de-lancement"));
            Reply changed = server.client().get(path, "If-None-Match", first.header("etag"));

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.header("etag")).startsWith("\"" + (version + 1) + "-ics-");
            assertThat(changed.text()).contains("STATUS:CANCELLED");
            assertThat(parse(changed).uids()).isEqualTo(parse(first).uids());
        }

        @Test
        void headAnswersTheHeadersWithoutTheBody() {
            Reply head = server.client().send("HEAD", "/editions/" + SAMPLE + "/calendar.ics?track=" + TRACK, null);

            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("etag")).isNotNull();
            assertThat(head.body()).isEmpty();
        }
    }

    @Nested
    class InMemory extends Contract {
        @Override
        TestApi start() {
            return TestApi.inMemory();
        }
    }

    @Nested
    class OnPostgres extends Contract {
        @Override
        TestApi start() {
            return TestApi.postgres();
        }
    }
}
