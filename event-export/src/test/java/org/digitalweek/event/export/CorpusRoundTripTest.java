package org.digitalweek.event.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.digitalweek.event.domain.diff.DiffText;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.port.out.ImportContext;
import org.digitalweek.event.export.support.Corpus;
import org.digitalweek.event.export.support.RoundTrip;

/**
 * Issue 17, items 3 and 4, on every real-world schedule of the corpus: imported with the importer of
 * its format, exported in that format, imported again, the programme diff is empty, no session is
 * lost or added, every session keeps its source's guid, and a {@code schedule.xml} has exactly one
 * {@code <event>} per session. Each run prints the figures of the closing note.
 */
class CorpusRoundTripTest {

    private static final Pattern EVENT = Pattern.compile("<event\\s");
    private static final Pattern GUID = Pattern.compile("<event [^>]*guid=\"([^\"]+)\"");

    /** A corpus file, its format and the options its import needs (what the schedule does not say). */
    record CorpusFile(String name, String format, ImportContext context) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<CorpusFile> files() {
        ImportContext berlin = ImportContext.named("x").withDefaultZone(ZoneId.of("Europe/Berlin"));
        return Stream.of(
                new CorpusFile("fosdem-2021.xml", "frab-xml", named("fosdem-2021.xml", "Europe/Brussels")),
                new CorpusFile("31c3-v1.3.xml", "frab-xml", named("31c3-v1.3.xml", "Europe/Berlin")),
                new CorpusFile("31c3-v1.4.xml", "frab-xml", named("31c3-v1.4.xml", "Europe/Berlin")),
                new CorpusFile("31c3-v1.5.xml", "frab-xml", named("31c3-v1.5.xml", "Europe/Berlin")),
                new CorpusFile("camp2019-frab.json", "frab-json", ImportContext.named("camp2019-frab.json")),
                new CorpusFile("democon-pretalx.json", "frab-json", ImportContext.named("democon-pretalx.json")
                        .withHostCountry("DE").withHostCity("Berlin")),
                new CorpusFile("rc3-pretalx.json", "frab-json", ImportContext.named("rc3-pretalx.json")
                        .withDefaultZone(berlin.defaultZone().orElseThrow())),
                new CorpusFile("38c3-hub-schedule2.json", "schedule2", ImportContext.named("38c3-hub-schedule2.json")));
    }

    private static ImportContext named(String name, String zone) {
        return ImportContext.named(name).withDefaultZone(ZoneId.of(zone));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aRoundTripInTheSameFormatIsTheIdentity(CorpusFile file) {
        RoundTrip trip = RoundTrip.of(Corpus.schedule(file.name()), file.format(), file.context());
        System.out.println("round trip: " + trip.figures());

        assertThat(trip.diff().isEmpty()).as("the diff of %s:%n%s", file, DiffText.render(trip.diff(), "en"))
                .isTrue();
        assertThat(trip.second().edition().sessions()).hasSameSizeAs(trip.first().edition().sessions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everySessionKeepsItsSourceGuid(CorpusFile file) {
        RoundTrip trip = RoundTrip.of(Corpus.schedule(file.name()), file.format(), file.context());
        Map<String, Session> back = trip.second().edition().sessions().stream()
                .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));

        for (Session session : trip.first().edition().sessions()) {
            Session read = back.get(session.id().value());
            assertThat(read).as("session %s read back", session.id()).isNotNull();
            assertThat(read.source().guid()).as("the guid of %s", session.id()).isEqualTo(session.source().guid());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aScheduleXmlHasOneEventPerSessionWithTheSourceGuids(CorpusFile file) {
        RoundTrip trip = RoundTrip.of(Corpus.schedule(file.name()), file.format(), file.context());
        if (!file.format().equals("frab-xml")) {
            return; // the JSON formats are checked by the diff and the session count
        }
        String xml = new String(trip.exported(), StandardCharsets.UTF_8);
        List<Session> sessions = trip.first().edition().sessions();

        assertThat(EVENT.matcher(xml).results().count()).as("events in the export").isEqualTo(sessions.size());
        Set<String> written = GUID.matcher(xml).results().map(m -> m.group(1)).collect(Collectors.toSet());
        sessions.forEach(s -> s.source().guid().ifPresent(g -> assertThat(written).contains(g)));
    }

}
