package org.digitalweek.event.export.ics;

import java.util.Map;
import java.util.Optional;

import org.digitalweek.event.domain.draft.EditionDraft;
import org.digitalweek.event.domain.draft.SessionDraft;
import org.digitalweek.event.domain.draft.SourceDraft;
import org.digitalweek.event.domain.port.out.ImportResult;

/**
 * What a calendar says of who its events are in their source: the {@code UID}, and nothing else. The
 * schedule builder also keeps an entry's id and kind, but in a calendar the id is only the part of
 * the UID before {@code @}, and the kind is this project's own word; a UID this project minted
 * ({@link EventUids#minted}) names no source at all; and in a calendar this project wrote, an event
 * whose UID is its source's guid names its session in {@value EventUids#SESSION}. So a calendar
 * exported here reads back with the same session ids and source guids its sessions had.
 */
final class CalendarSources {

    private CalendarSources() {
    }

    /**
     * @param read   what the schedule builder made of the calendar
     * @param sourceGuids for each entry's guid, the source's guid its UID is, or none when minted
     * @return the same, each session's source being its UID alone, or none for a minted UID; the
     *         sessions keep their places
     */
    static ImportResult keepUids(ImportResult read, Map<String, Optional<String>> sourceGuids) {
        EditionDraft draft = read.edition();
        return new ImportResult(draft.withSessions(draft.sessions().stream()
                .map(s -> withSource(s, s.source() == null || s.source().guid() == null ? null
                        : sourceGuids.getOrDefault(s.source().guid(), Optional.of(s.source().guid()))
                                .map(guid -> new SourceDraft(guid, null, null, null)).orElse(null)))
                .toList()), read.warnings(), read.sessionPlaces());
    }

    private static SessionDraft withSource(SessionDraft s, SourceDraft source) {
        return new SessionDraft(s.id(), s.type(), s.title(), s.summary(), s.track(), s.slot(), s.room(),
                s.participants(), s.languages(), s.status(), s.expectedAttendance(), s.statements(),
                s.illustrativeNote(), s.parallelAllowed(), s.origin(), source, s.url(), s.links());
    }
}
