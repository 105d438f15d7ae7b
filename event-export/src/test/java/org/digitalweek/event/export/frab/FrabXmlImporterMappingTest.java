package org.digitalweek.event.export.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.LinkDraft;
import org.digitalweek.event.domain.draft.ParticipantDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.draft.SlotDraft;
import org.digitalweek.event.domain.draft.SourceDraft;
import org.digitalweek.event.domain.error.UnreadableDocumentException;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;

/** How each part of a {@code schedule.xml} maps to the edition, and what is repaired or left out, and said. */
class FrabXmlImporterMappingTest {

    /** Every element of the format, and a few it does not have. Line numbers matter to the tests. */
    private static final String FULL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <schedule>
              <generator name="frab" version="1.0"/>
              <version>2026-03-01 release</version>
              <conference>
                <acronym>demo2026</acronym>
                <title>Demo Conference</title>
                <subtitle>Open data for all</subtitle>
                <start>2026-03-10T00:00:00+00:00</start>
                <end>2026-03-11</end>
                <days>2</days>
                <timeslot_duration>00:15</timeslot_duration>
                <day_change>04:00:00</day_change>
                <time_zone_name>Africa/Bamako</time_zone_name>
                <city>Bamako</city>
                <venue>CICB</venue>
                <base_url>https://demo.example/demo/</base_url>
                <track name="Data" color="#112233" slug="data"/>
                <track name="Unused track"/>
              </conference>
              <day index="1" date="2026-03-10" start="2026-03-10T04:00:00+00:00" end="2026-03-11T04:00:00+00:00">
                <room name="Hall A" guid="11111111-2222-4333-8444-555555555555">
                  <event guid="6f1c1e36-3c2b-4f4e-9d5e-0a1b2c3d4e5f" id="1234">
                    <date>2026-03-10T09:00:00+00:00</date>
                    <start>09:00</start>
                    <duration>1:30</duration>
                    <room>Hall A</room>
                    <slug>demo2026-1234-opening</slug>
                    <url>/demo/events/1234.html</url>
                    <title>Opening <b>ceremony</b></title>
                    <subtitle>Words of welcome</subtitle>
                    <track>Data</track>
                    <type>opening-ceremony</type>
                    <language>fr</language>
                    <abstract>The opening.</abstract>
                    <description>Long text.</description>
                    <persons>
                      <person id="7" guid="aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee">Awa Traoré</person>
                      <person id="8">Moussa Keïta</person>
                    </persons>
                    <links><link href="/slides.pdf">Slides</link></links>
                    <attachments/>
                    <feedback>unknown here</feedback>
                  </event>
                  <event id="1235">
                    <start>01:30</start>
                    <duration>00:45:00</duration>
                    <title>Night owls</title>
                    <type>workshop</type>
                    <persons><person id="7">Awa Traoré</person></persons>
                  </event>
                </room>
                <room name="Empty room"/>
              </day>
            </schedule>
            """;

    private static final ImportContext CONTEXT = ImportContext.named("full.xml");

    @Test
    void theConferenceGivesTheEditionsNamesDatesZoneCityVenueAndTracks() throws IOException {
        EditionDraft edition = FrabImports.read(FULL, CONTEXT).edition();

        assertThat(edition.id()).isEqualTo("demo2026");
        assertThat(edition.title()).containsEntry("fr", "Demo Conference");
        assertThat(edition.theme().title()).containsEntry("fr", "Open data for all");
        assertThat(edition.startDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(edition.endDate()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(edition.timeZone()).isEqualTo("Africa/Bamako");
        assertThat(edition.hostCity()).isEqualTo("Bamako");
        assertThat(edition.hostCountry()).as("not the time zone's").isNull();
        assertThat(edition.venues()).singleElement().satisfies(v -> {
            assertThat(v.name()).containsEntry("fr", "CICB");
            assertThat(v.rooms()).extracting(r -> r.name().get("fr")).containsExactly("Hall A", "Empty room");
        });
        assertThat(edition.theme().tracks()).extracting(t -> t.name().get("fr")).containsExactly("Data", "Unused track");
    }

    @Test
    void anEventKeepsItsGuidTitleTextsKindTrackRoomPeopleAndTime() throws IOException {
        SessionDraft opening = FrabImports.read(FULL, CONTEXT).edition().sessions().get(0);

        assertThat(opening.id()).isEqualTo("6f1c1e36-3c2b-4f4e-9d5e-0a1b2c3d4e5f");
        assertThat(opening.title()).containsExactly(Map.entry("fr", "Opening"));
        assertThat(opening.summary()).containsEntry("fr", "Words of welcome\n\nThe opening.\n\nLong text.");
        assertThat(opening.type()).isEqualTo(SessionType.OPENING_CEREMONY);
        assertThat(opening.track()).isEqualTo("data");
        assertThat(opening.room()).isEqualTo("hall-a");
        assertThat(opening.participants()).extracting(ParticipantDraft::official).containsExactly("7", "8");
        assertThat(opening.slot()).isEqualTo(new SlotDraft(LocalDateTime.parse("2026-03-10T09:00"),
                LocalDateTime.parse("2026-03-10T10:30")));
    }

    @Test
    void anEventKeepsItsSourceKeysPageAndLinksResolvedAgainstTheBaseAddress() throws IOException {
        SessionDraft opening = FrabImports.read(FULL, CONTEXT).edition().sessions().get(0);

        assertThat(opening.source()).isEqualTo(new SourceDraft("6f1c1e36-3c2b-4f4e-9d5e-0a1b2c3d4e5f", "1234",
                "demo2026-1234-opening", "opening-ceremony"));
        assertThat(opening.url()).isEqualTo("https://demo.example/demo/events/1234.html");
        assertThat(opening.links()).containsExactly(new LinkDraft("https://demo.example/slides.pdf",
                Map.of("fr", "Slides"), LinkKind.SLIDES));
    }

    @Test
    void anEventGivenByItsStartUnderItsDayFallsAfterTheDayChangeOnTheNextDate() throws IOException {
        ImportResult read = FrabImports.read(FULL, CONTEXT);
        SessionDraft night = read.edition().sessions().get(1);

        assertThat(night.id()).isEqualTo("1235");
        assertThat(night.slot()).isEqualTo(new SlotDraft(LocalDateTime.parse("2026-03-11T01:30"),
                LocalDateTime.parse("2026-03-11T02:15")));
        assertThat(night.room()).as("the room it is listed under").isEqualTo("hall-a");
        assertThat(night.type()).isEqualTo(SessionType.WORKSHOP);
        assertThat(read.edition().officials()).extracting(o -> o.id() + " " + o.fullName())
                .containsExactly("7 Awa Traoré", "8 Moussa Keïta");
    }

    @Test
    void whatTheModelDoesNotKeepOrKnowIsSaidOncePerNameWithItsPlace() throws IOException {
        List<String> warnings = FrabXmlImporterCorpusTest.english(FrabImports.read(FULL, CONTEXT).warnings());

        assertThat(warnings).containsExactly(
                "line 3, column 3: <generator> not kept: the model has no place for it",
                "line 4, column 3: <version> not kept: the model has no place for it",
                "line 12, column 5: <timeslot_duration> not kept: the model has no place for it",
                "line 18, column 5: attribute color of <track> not kept",
                "line 18, column 5: attribute slug of <track> not kept",
                "line 22, column 5: attribute guid of <room> not kept",
                "line 30, column 24: markup <b> inside the value of <title> skipped, with its text",
                "event 1234 (line 38, column 11): attribute guid of <person> not kept",
                "event 1234 (line 43, column 9): unknown element <feedback> in <event> skipped",
                "conference (line 5, column 3): host country not given: left out, never guessed; the country option"
                        + " (--country) sets it",
                "event 1235 (line 45, column 7): no guid, derived from id",
                "conference (line 5, column 3): the schedule gives no edition number: 1");
    }

    @Test
    void withoutATimeZoneTheOptionGivesItAndWithoutEitherTheImportSaysWhatToGive() throws IOException {
        String noZone = FULL.replace("<time_zone_name>Africa/Bamako</time_zone_name>", "");

        assertThat(FrabImports.read(noZone, CONTEXT.withDefaultZone(ZoneId.of("Africa/Abidjan"))).edition().timeZone())
                .isEqualTo("Africa/Abidjan");
        assertThatThrownBy(() -> FrabImports.read(noZone, CONTEXT)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("full.xml at conference (line 5, column 3): no time zone: the schedule names none; give one "
                        + "with the time zone option, e.g. Europe/Brussels");
    }

    @Test
    void aDateWithAnOffsetIsTheInstantSeenInTheEditionsZone() throws IOException {
        String xml = FrabDocuments.schedule(FrabDocuments.event("1", "2026-03-10T09:00:00+02:00", "0:30"));

        SessionDraft session = FrabImports.read(xml, CONTEXT).edition().sessions().get(0);

        assertThat(session.slot().start()).isEqualTo(LocalDateTime.parse("2026-03-10T07:00"));
    }

    @Test
    void aDateWithoutOffsetIsOnTheEditionsWallClockAndDurationsTakeEveryUsualForm() throws IOException {
        String xml = FrabDocuments.schedule(FrabDocuments.event("1", "2026-03-10T09:00:00", "0:05"),
                FrabDocuments.event("2", "2026-03-10T10:00", "01:05"),
                FrabDocuments.event("3", "2026-03-10T11:00:00Z", "01:05:30"));

        List<SessionDraft> sessions = FrabImports.read(xml, CONTEXT).edition().sessions();

        assertThat(sessions).extracting(SessionDraft::slot).containsExactly(
                new SlotDraft(LocalDateTime.parse("2026-03-10T09:00"), LocalDateTime.parse("2026-03-10T09:05")),
                new SlotDraft(LocalDateTime.parse("2026-03-10T10:00"), LocalDateTime.parse("2026-03-10T11:05")),
                new SlotDraft(LocalDateTime.parse("2026-03-10T11:00"), LocalDateTime.parse("2026-03-10T12:05:30")));
    }

    @Test
    void textBetweenElementsIsSkippedAndSaid() throws IOException {
        String stray = FrabDocuments.valid().replace("<title>Event 1</title>", "<title>Event 1</title> oops ");

        assertThat(FrabXmlImporterCorpusTest.english(FrabImports.read(stray, CONTEXT).warnings()))
                .contains("line 18, column 27: text directly inside <event> skipped");
    }

    @Test
    void aByteOrderMarkAndCdataAreRead() throws IOException {
        String cdata = FrabDocuments.valid().replace("<title>Event 1</title>", "<title><![CDATA[R&D <today>]]></title>");
        byte[] bom = ("\uFEFF" + cdata).getBytes(StandardCharsets.UTF_8);

        assertThat(FrabImports.read(bom, CONTEXT).edition().sessions().get(0).title()).containsEntry("en", "R&D <today>");
    }

    @Test
    void theImporterRecognizesXmlFilesWhoseRootIsSchedule() {
        FrabXmlImporter importer = new FrabXmlImporter();

        assertThat(importer.recognizes("schedule.xml", "<?xml version=\"1.0\"?>\n<schedule>\n")).isTrue();
        assertThat(importer.recognizes("FAHRPLAN.XML", "\uFEFF<!-- frab -->\n<schedule version=\"1\">")).isTrue();
        assertThat(importer.recognizes("", "<schedule/>")).as("a stream without a name").isTrue();
        assertThat(importer.recognizes("schedule.json", "<schedule>")).isFalse();
        assertThat(importer.recognizes("page.xml", "<?xml version=\"1.0\"?><html><schedule>")).isFalse();
        assertThat(importer.recognizes("plan.xml", "<schedules>")).isFalse();
        assertThat(importer.recognizes("plan.xml", "")).isFalse();
        assertThat(importer.formatId()).isEqualTo("frab-xml");
        assertThat(importer.mediaType()).isEqualTo("application/vnd.c3voc.schedule+xml");
    }
}
