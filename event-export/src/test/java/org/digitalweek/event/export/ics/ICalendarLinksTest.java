package org.digitalweek.event.export.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.PublicEdition;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.SessionId;
import org.digitalweek.event.domain.model.SessionLink;
import org.digitalweek.event.domain.model.SourceIdentity;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.export.support.EditionVariants;
import org.digitalweek.event.export.support.Editions;
import org.digitalweek.event.export.support.ExternalTools;

/**
 * A session's source guid is its event's UID when it is safe and its own, its page the {@code URL},
 * its links {@code ATTACH} and {@code CONFERENCE}; python icalendar and ical4j read them, and the
 * importer reads them back, and reads other calendars' without ever refusing the file for an address.
 */
class ICalendarLinksTest {

    private static final String OPENING = "ceremonie-de-lancement";

    /** Prints, per event, its UID, URL, session property, then each ATTACH and CONFERENCE with its parameters. */
    private static final String SCRIPT = """
            import sys
            from icalendar import Calendar
            with open(sys.argv[1], 'rb') as f:
                cal = Calendar.from_ical(f.read())
            def many(ev, name):
                v = ev.get(name)
                return [] if v is None else v if isinstance(v, list) else [v]
            for ev in cal.walk('VEVENT'):
                parts = [str(ev['UID']), str(ev.get('URL', '')), str(ev.get('X-DIGITALWEEK-SESSION', ''))]
                for name in ('ATTACH', 'CONFERENCE'):
                    for v in many(ev, name):
                        params = ';'.join('%s=%s' % (k, v.params[k]) for k in sorted(v.params))
                        parts.append('%s %s [%s]' % (name, str(v), params))
                print(' | '.join(parts))
            """;

    @TempDir
    Path folder;

    @BeforeAll
    static void offline() {
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    @Test
    void aSafeGuidOfItsOwnIsTheUidAndEveryOtherSessionHasItsMintedOne() {
        PublicEdition edition = EditionVariants.linked();

        Map<String, String> uids = edition.sessions().stream()
                .collect(Collectors.toMap(s -> s.id().value(), s -> SessionEvents.uid(edition, s)));

        assertThat(uids.get(OPENING)).isEqualTo(EditionVariants.OPENING_GUID);
        assertThat(uids.get("panel-gouvernance-numerique")).as("unsafe guid")
                .isEqualTo("panel-gouvernance-numerique@snm-2026.digitalweek");
        assertThat(uids.get("masterclass-ia")).as("shared guid").isEqualTo("masterclass-ia@snm-2026.digitalweek");
        assertThat(uids.get("exposition-savoir-faire-local")).as("shared guid")
                .isEqualTo("exposition-savoir-faire-local@snm-2026.digitalweek");
        assertThat(uids.values()).doesNotHaveDuplicates();
    }

    @Test
    void pythonIcalendarReadsTheUidUrlAttachmentsAndLiveStream() throws IOException {
        ExternalTools.requirePython("icalendar");
        Path calendar = Files.write(folder.resolve("calendar.ics"),
                Editions.export(new ICalendarExporter(), EditionVariants.linked(), "fr"));

        ExternalTools.Run run = ExternalTools.python(SCRIPT, calendar.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        String opening = run.output().lines().filter(l -> l.startsWith(EditionVariants.OPENING_GUID + " |"))
                .findFirst().orElseThrow(() -> new AssertionError(run.output()));
        assertThat(opening.split(" \\| ")).containsExactly(EditionVariants.OPENING_GUID,
                EditionVariants.OPENING_PAGE, OPENING,
                "ATTACH https://snm.example.ml/docs/diapos.pdf [LABEL="
                        + EditionVariants.HOSTILE_LINK_TITLE.replace('"', '\'') + ";X-DIGITALWEEK-KIND=SLIDES]",
                "ATTACH https://video.example.ml/v/lancement [X-DIGITALWEEK-KIND=RECORDING]",
                "ATTACH https://snm.example.ml/docs/programme%20officiel.pdf [LABEL=Programme officiel]",
                "CONFERENCE https://live.example.ml/snm/banquets [FEATURE=VIDEO;LABEL=Direct;VALUE=URI]");
        assertThat(run.output().lines()).filteredOn(l -> !l.startsWith(EditionVariants.OPENING_GUID))
                .allSatisfy(l -> assertThat(l).endsWith(".digitalweek |  | "));
    }

    @Test
    void ical4jReadsTheUidUrlAttachmentsAndLiveStream() throws Exception {
        byte[] bytes = Editions.export(new ICalendarExporter(), EditionVariants.linked(), "en");
        Map<String, VEvent> events = new CalendarBuilder().build(new ByteArrayInputStream(bytes))
                .<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));

        VEvent opening = events.get(EditionVariants.OPENING_GUID);
        assertThat(opening).isNotNull();
        assertThat(opening.getUrl().getUri().toString()).isEqualTo(EditionVariants.OPENING_PAGE);
        assertThat(opening.<Property>getProperties("ATTACH")).extracting(Property::getValue).containsExactly(
                "https://snm.example.ml/docs/diapos.pdf", "https://video.example.ml/v/lancement",
                "https://snm.example.ml/docs/programme%20officiel.pdf");
        assertThat(opening.<Property>getProperties("CONFERENCE")).singleElement().satisfies(c -> {
            assertThat(c.getValue()).isEqualTo("https://live.example.ml/snm/banquets");
            assertThat(c.getParameter("LABEL").orElseThrow().getValue()).isEqualTo("Live stream");
        });
    }

    @Test
    void anExportedCalendarReadsBackWithTheSameIdsSourceGuidsPagesAndLinks() {
        PublicEdition edition = EditionVariants.linked();
        ImportResult result = ImportedCalendars.read(Editions.export(new ICalendarExporter(), edition, "fr"),
                ImportedCalendars.CONTEXT);
        PublicEdition imported = ImportedCalendars.edition(result);

        assertThat(imported.sessions()).extracting(s -> s.id().value())
                .containsExactlyInAnyOrderElementsOf(edition.sessions().stream().map(s -> s.id().value()).toList());
        Session opening = imported.session(new SessionId(OPENING)).orElseThrow();
        Session original = edition.session(new SessionId(OPENING)).orElseThrow();
        assertThat(opening.source()).isEqualTo(SourceIdentity.of(EditionVariants.OPENING_GUID, null, null, null));
        assertThat(opening.url()).isEqualTo(original.url());
        assertThat(opening.links()).extracting(SessionLink::url, SessionLink::kind, l -> l.title().resolve("fr"))
                .containsExactlyInAnyOrderElementsOf(original.links().stream()
                        .map(l -> org.assertj.core.groups.Tuple.tuple(l.url(), l.kind(),
                                l.title().resolve("fr").replace('"', '\'')))
                        .toList());
        assertThat(imported.sessions()).filteredOn(s -> !s.id().value().equals(OPENING))
                .allSatisfy(s -> assertThat(s.source()).as("minted UIDs name no source")
                        .isEqualTo(SourceIdentity.NONE));
        assertThat(ImportedCalendars.warnings(result)).noneMatch(w -> w.contains("ATTACH") || w.contains("URL")
                || w.contains("CONFERENCE") || w.contains("web address") || w.contains("X-DIGITALWEEK"));
    }

    @Test
    void anotherCalendarsUidPageAndLinksAreReadAndUnusableAddressesDroppedWithOneRepair() {
        String text = ImportedCalendars.calendar(List.of("X-WR-TIMEZONE:Africa/Bamako"),
                "UID:abc-123@pretalx.example.org|DTSTART:20260129T090000Z|DTEND:20260129T100000Z|SUMMARY:Un"
                        + "|URL:https://pretalx.example.org/snm/talk/ABC123/"
                        + "|ATTACH;FMTTYPE=application/pdf:https://pretalx.example.org/media/slides.pdf"
                        + "|ATTACH:javascript:alert(1)"
                        + "|ATTACH;ENCODING=BASE64;VALUE=BINARY:SGVsbG8="
                        + "|CONFERENCE;VALUE=URI;LABEL=Salle virtuelle:https://meet.example.org/snm",
                "UID:def-456@pretalx.example.org|DTSTART:20260129T110000Z|DTEND:20260129T120000Z|SUMMARY:Deux"
                        + "|URL:/snm/talk/DEF456/|ATTACH:ftp://example.org/file.pdf");

        ImportResult result = ImportedCalendars.read(text, ImportedCalendars.CONTEXT);
        PublicEdition imported = ImportedCalendars.edition(result);

        Session first = imported.sessions().get(0);
        assertThat(first.source().guid()).contains("abc-123@pretalx.example.org");
        assertThat(first.source().id()).as("the UID's local part is no source id").isEmpty();
        assertThat(first.url()).map(Object::toString).contains("https://pretalx.example.org/snm/talk/ABC123/");
        assertThat(first.links()).extracting(l -> l.url().toString(), SessionLink::kind, l -> l.title().resolve("en"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("https://meet.example.org/snm", LinkKind.LIVESTREAM,
                                "Salle virtuelle"),
                        org.assertj.core.groups.Tuple.tuple("https://pretalx.example.org/media/slides.pdf",
                                LinkKind.ATTACHMENT, ""));
        Session second = imported.sessions().get(1);
        assertThat(second.url()).as("relative, and a calendar has no base").isEmpty();
        assertThat(second.links()).isEmpty();
        assertThat(ImportedCalendars.warnings(result)).filteredOn(w -> w.contains("unusable web address"))
                .singleElement().asString().contains("(3 times");
        assertThat(ImportedCalendars.warnings(result)).filteredOn(w -> w.contains("binary ATTACH")).hasSize(1);
        assertThat(new String(Editions.export(new ICalendarExporter(), imported, "en"), StandardCharsets.UTF_8))
                .contains("UID:abc-123@pretalx.example.org\r\n", "UID:def-456@pretalx.example.org\r\n");
    }
}
