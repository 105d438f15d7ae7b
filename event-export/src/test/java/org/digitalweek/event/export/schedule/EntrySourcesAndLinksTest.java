package org.digitalweek.event.export.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.digitalweek.event.domain.error.DocumentPlace;
import org.digitalweek.event.domain.draft.Drafts;
import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.LinkDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.draft.SourceDraft;
import org.digitalweek.event.domain.fixtures.Validators;
import org.digitalweek.event.domain.model.LinkKind;
import org.digitalweek.event.domain.model.Session;
import org.digitalweek.event.domain.model.ImportContext;
import org.digitalweek.event.domain.port.out.ImportResult;
import org.digitalweek.event.domain.model.ImportWarning;

/** A schedule entry's source identity, page and links reach the session, resolved and checked. */
class EntrySourcesAndLinksTest {

    private static final LocalDate DAY = LocalDate.of(2014, 12, 27);
    private static final EntryTime TEN = EntryTime.at(Instant.parse("2014-12-27T10:00:00Z"), Duration.ofMinutes(30));

    @Test
    void theSourceIdentityPageAndLinksAreKeptAndRelativeAddressesResolvedAgainstTheBase() {
        ImportResult result = build("https://fahrplan.events.ccc.de/congress/2014/Fahrplan/",
                entry("event 6258", "6258", "opening", "31c3-6258-opening_event", "Lecture ",
                        "events/6258.html", List.of(
                                new EntryLink("https://cdn.media.ccc.de/31c3.mp4", "Video", LinkKind.RECORDING),
                                new EntryLink("/attachments/slides.pdf", " Slides ", LinkKind.ATTACHMENT),
                                new EntryLink("https://example.org/other", null, null))));
        EditionDraft draft = Validators.inputValidator().check("31c3.xml", result.edition());
        SessionDraft session = draft.sessions().get(0);

        assertThat(session.source()).isEqualTo(new SourceDraft("opening", "6258", "31c3-6258-opening_event",
                "Lecture"));
        assertThat(session.url()).isEqualTo("https://fahrplan.events.ccc.de/congress/2014/Fahrplan/events/6258.html");
        assertThat(session.links()).containsExactly(
                new LinkDraft("https://cdn.media.ccc.de/31c3.mp4", Map.of("en", "Video"), LinkKind.RECORDING),
                new LinkDraft("https://fahrplan.events.ccc.de/attachments/slides.pdf", Map.of("en", "Slides"),
                        LinkKind.ATTACHMENT),
                new LinkDraft("https://example.org/other", null, LinkKind.OTHER));
        Session model = Drafts.toEdition(draft).sessions().get(0);
        assertThat(model.source().guid()).contains("opening");
        assertThat(model.links()).hasSize(3);
        assertThat(result.warnings()).noneMatch(w -> w.messageEn().contains("web address"));
    }

    @Test
    void unusableAddressesAreDroppedWithOneGroupedRepairAndTheFileIsStillRead() {
        ImportResult result = build(null,
                entry("event 1", "1", "g1", null, "talk", "events/1.html", List.of(
                        new EntryLink("javascript:alert(1)", "x", LinkKind.OTHER),
                        new EntryLink("ftp://example.org/file", "y", LinkKind.ATTACHMENT),
                        new EntryLink("https://example.org/a b", "z", LinkKind.SLIDES),
                        new EntryLink("https://example.org/kept", "k", LinkKind.SLIDES))),
                entry("event 2", "2", "g2", null, "talk", "https:///nohost", List.of()));
        EditionDraft draft = Validators.inputValidator().check("x.xml", result.edition());

        assertThat(draft.sessions().get(0).url()).as("relative with no base").isNull();
        assertThat(draft.sessions().get(0).links()).extracting(LinkDraft::url)
                .containsExactly("https://example.org/kept");
        assertThat(draft.sessions().get(1).url()).isNull();
        List<ImportWarning> dropped = result.warnings().stream()
                .filter(w -> w.messageEn().contains("unusable web address")).toList();
        assertThat(dropped).hasSize(1);
        assertThat(dropped.get(0).place().english()).isEqualTo("event 1");
        assertThat(dropped.get(0).messageEn()).contains("5 times").contains("event 2");
        assertThat(dropped.get(0).messageFr()).contains("adresse web inutilisable");
    }

    @Test
    void sourcePartsAreOneLineAndThoseTooLongOrWithControlCharactersAreDropped() {
        ImportResult result = build(null,
                entry("event 1", "1", "x".repeat(501), "slug\u0007", "multi\nline", null, List.of()),
                entry("event 2", null, null, null, null, null, List.of()));
        EditionDraft draft = Validators.inputValidator().check("x.xml", result.edition());

        assertThat(draft.sessions().get(0).source()).isEqualTo(new SourceDraft(null, "1", null, "multi line"));
        assertThat(draft.sessions().get(1).source()).as("nothing to keep").isNull();
        assertThat(result.warnings()).filteredOn(w -> w.messageEn().contains("unusable source")).hasSize(1);
        Drafts.toEdition(draft);
    }

    private static ImportResult build(String base, ScheduleEntry... entries) {
        ScheduleBuilder builder = new ScheduleBuilder(ImportContext.named("schedule.xml"));
        builder.conference(new Conference("31C3", "31C3", null, DAY, DAY, "Europe/Berlin", "Hamburg", null, null,
                DocumentPlace.same("conference"), base));
        for (ScheduleEntry entry : entries) {
            builder.add(entry);
        }
        return builder.build();
    }

    private static ScheduleEntry entry(String place, String id, String guid, String slug, String type, String url,
                                       List<EntryLink> links) {
        return new ScheduleEntry(DocumentPlace.same(place), id, guid, "Title of " + place, null, null, null, null, type, null, null,
                TEN, List.of(), false, Map.of(), url, links, slug);
    }
}
