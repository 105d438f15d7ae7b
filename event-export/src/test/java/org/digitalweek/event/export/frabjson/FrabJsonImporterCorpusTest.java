package org.digitalweek.event.export.frabjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.model.Country;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.export.support.Corpus;

/**
 * The real {@code schedule.json} v1 files of the corpus (frab's camp 2019, pretalx's DemoCon and rC3)
 * import with every event, the repairs they needed, and re-export as a valid {@code schedule.xml}.
 */
class FrabJsonImporterCorpusTest {

    private final FrabJsonImporter importer = new FrabJsonImporter();

    @Test
    void camp2019ImportsItsSeventyNineEventsInBerlinTime() {
        ImportResult result = Imports.read(importer, Corpus.schedule("camp2019-frab.json"),
                ImportContext.named("camp2019-frab.json"));
        PublicEdition edition = Imports.edition(result);

        assertThat(edition.sessions()).hasSize(79);
        assertThat(edition.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(edition.hostCountry()).as("not the time zone's").isEmpty();
        Session opening = session(edition, "Opening Ceremony");
        assertThat(opening.slot().start()).isEqualTo(LocalDateTime.of(2019, 8, 21, 11, 0));
        assertThat(opening.slot().end()).isEqualTo(LocalDateTime.of(2019, 8, 21, 11, 30));
        assertThat(opening.id().value()).isEqualTo("a0a0fcfe-b7fb-46e3-84b6-97a5406016b4");
        assertThat(edition.sessions()).extracting(Session::type).containsOnly(SessionType.OTHER);
        assertThat(Imports.warnings(result)).contains(
                "schedule (line 4, /schedule/version): \"version\" of the schedule not kept: the model has no place for it",
                "conference (line 6, /schedule/conference): host city and country not given: left out, never guessed; the"
                        + " city and country options (--city, --country) set them");
        assertThat(Imports.warnings(result)).noneMatch(w -> w.contains("\"url\"") || w.contains("\"slug\"")
                || w.contains("\"links\"") || w.contains("\"attachments\"") || w.contains("\"logo\""));
        assertThat(result.warnings()).hasSize(3);
        assertThat(opening.source().slug()).contains("Camp2019-10386-opening_ceremony");
        assertThat(opening.source().id()).contains("10386");
        assertThat(opening.url()).hasValueSatisfying(u -> assertThat(u).hasToString(
                "https://fahrplan.events.ccc.de/camp/2019/Fahrplan/events/10386.html"));
        assertThat(Imports.frabXmlProblems(edition)).isEmpty();
    }

    @Test
    void democonNamesUtcAndNoPlaceSoItImportsWithNoOptionAndNoHostCityOrCountry() {
        ImportResult bare = Imports.read(importer, Corpus.schedule("democon-pretalx.json"),
                ImportContext.named("democon-pretalx.json"));
        PublicEdition unplaced = Imports.edition(bare);
        assertThat(unplaced.hostCity()).isEmpty();
        assertThat(unplaced.hostCountry()).isEmpty();
        assertThat(unplaced.series().hostCountry()).isEmpty();
        assertThat(unplaced.venues()).allSatisfy(v -> {
            assertThat(v.city()).isEmpty();
            assertThat(v.country()).isEmpty();
        });
        assertThat(unplaced.sessions()).hasSize(36);
        assertThat(Imports.warnings(bare)).contains("conference (line 6, /schedule/conference): host city and country not"
                + " given: left out, never guessed; the city and country options (--city, --country) set them");
        assertThat(bare.warnings()).hasSize(6);

        ImportResult result = Imports.read(importer, Corpus.schedule("democon-pretalx.json"),
                ImportContext.named("democon-pretalx.json").withHostCountry("DE").withHostCity("Berlin"));
        PublicEdition edition = Imports.edition(result);
        assertThat(edition.hostCity()).as("the user's").contains("Berlin");
        assertThat(edition.hostCountry().map(Country::code)).contains("DE");

        assertThat(edition.sessions()).hasSize(36);
        assertThat(edition.sessions()).extracting(Session::type).containsOnly(SessionType.OTHER, SessionType.WORKSHOP);
        assertThat(session(edition, "Focused 5thgeneration hardware").slot().start())
                .as("09:00+01:00 is 08:00 in UTC").isEqualTo(LocalDateTime.of(2020, 12, 14, 8, 0));
        assertThat(Imports.warnings(result)).contains(
                "event 25 (line 36, /schedule/conference/days/0/rooms/Gray Room/0): time at offset +01:00 while the time"
                        + " zone UTC is at +00:00 then: the instant is kept, so the clock time shown moves (36 times"
                        + "; also at event 26 (line 67, /schedule/conference/days/0/rooms/Gray Room/1), "
                        + "event 33 (line 98, /schedule/conference/days/0/rooms/Gray Room/2), …)",
                "event 25 (line 60, /schedule/conference/days/0/rooms/Gray Room/0/persons/0/biography): \"biography\" of a"
                        + " person not kept: the model has no place for it (43 times"
                        + "; also at event 26 (line 91, /schedule/conference/days/0/rooms/Gray Room/1/persons/0/biography), "
                        + "event 33 (line 122, /schedule/conference/days/0/rooms/Gray Room/2/persons/0/biography), …)");
        assertThat(result.warnings()).hasSize(5);
        assertThat(Imports.frabXmlProblems(edition)).isEmpty();
    }

    @Test
    void rc3NamesNoTimeZoneSoItNeedsTheOption() throws IOException {
        var refusal = Imports.refusal(importer, bytes("rc3-pretalx.json"), ImportContext.named("rc3-pretalx.json"));
        assertThat(refusal.place().english()).isEqualTo("conference (line 6, /schedule/conference)");
        assertThat(refusal.rule()).isEqualTo("no time zone: the schedule names none; give one with the time zone"
                + " option, e.g. Europe/Brussels");

        ImportResult result = Imports.read(importer, Corpus.schedule("rc3-pretalx.json"),
                ImportContext.named("rc3-pretalx.json").withDefaultZone(ZoneId.of("Europe/Berlin")));
        PublicEdition edition = Imports.edition(result);
        assertThat(edition.hostCity()).as("not the time zone's Berlin").isEmpty();
        assertThat(edition.hostCountry()).as("not the time zone's DE").isEmpty();

        assertThat(edition.sessions()).hasSize(48);
        assertThat(edition.rooms()).hasSize(5);
        Session gluon = session(edition, "Der faule Admin automatisiert: Gluon auf echter Hardware testen");
        assertThat(gluon.slot().start()).isEqualTo(LocalDateTime.of(2020, 12, 27, 11, 30));
        assertThat(gluon.languages()).containsExactly("de");
        assertThat(edition.sessions()).extracting(Session::type).contains(SessionType.WORKSHOP);
        assertThat(Imports.warnings(result)).contains(
                "event 15 (line 58, /schedule/conference/days/0/rooms/r3s - Monheim~1Rhein/0/answers): \"answers\" of an"
                        + " event not kept: the model has no place for it (48 times"
                        + "; also at event 120 (line 125, /schedule/conference/days/0/rooms/r3s - Monheim~1Rhein/1/answers), "
                        + "event 143 (line 199, /schedule/conference/days/0/rooms/r3s - Monheim~1Rhein/2/answers), …)");
        assertThat(result.warnings()).hasSize(10);
        assertThat(Imports.frabXmlProblems(edition)).isEmpty();
    }

    private static Session session(PublicEdition edition, String title) {
        return edition.sessions().stream().filter(s -> s.title().values().containsValue(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no session titled " + title));
    }

    private static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(Corpus.schedule(name));
    }
}
