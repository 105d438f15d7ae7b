package org.digitalweek.event.domain.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.digitalweek.event.domain.model.SessionStatus;
import org.digitalweek.event.domain.model.SessionType;
import org.digitalweek.event.domain.validation.Identifier;
import org.digitalweek.event.domain.validation.LanguageTag;
import org.digitalweek.event.domain.validation.Localized;
import org.digitalweek.event.domain.validation.WebAddress;

/**
 * A session as input.
 *
 * @param id                 the session id
 * @param type               the kind of item
 * @param title              its title per language
 * @param summary            its abstract per language, if any
 * @param track              the id of its track, if any
 * @param slot               when it takes place
 * @param room               the id of its room, if chosen
 * @param participants       who takes part; may be absent
 * @param languages          the languages spoken; may be absent
 * @param status             whether it takes place; absent means confirmed
 * @param expectedAttendance how many are expected, if known
 * @param statements         quotations; may be absent
 * @param illustrativeNote   present when the session is illustrative
 * @param parallelAllowed    whether it may share its room with other sessions at once; absent means no
 * @param origin             the session of an earlier edition it was cloned from, if any
 * @param source             who it is in the schedule it was imported from, if it was
 * @param url                its public page, if any: an absolute http or https address
 * @param links              its live stream, slides, recording, attachments, …; may be absent
 */
public record SessionDraft(@NotNull @Identifier String id, @NotNull SessionType type,
                           @NotEmpty @Localized Map<String, String> title, @Localized Map<String, String> summary,
                           @Identifier String track, @NotNull @Valid SlotDraft slot, @Identifier String room,
                           List<@NotNull @Valid ParticipantDraft> participants,
                           List<@NotNull @LanguageTag String> languages, SessionStatus status,
                           @PositiveOrZero Integer expectedAttendance, List<@NotNull @Valid StatementDraft> statements,
                           @Localized Map<String, String> illustrativeNote, Boolean parallelAllowed,
                           @Valid OriginDraft origin, @Valid SourceDraft source, @WebAddress String url,
                           List<@NotNull @Valid LinkDraft> links) {

    /**
     * A session with no source identity, public page or links; the parameters are the record's.
     *
     * @param id                 the session id
     * @param type               the kind of item
     * @param title              its title per language
     * @param summary            its abstract per language, if any
     * @param track              the id of its track, if any
     * @param slot               when it takes place
     * @param room               the id of its room, if chosen
     * @param participants       who takes part; may be absent
     * @param languages          the languages spoken; may be absent
     * @param status             whether it takes place; absent means confirmed
     * @param expectedAttendance how many are expected, if known
     * @param statements         quotations; may be absent
     * @param illustrativeNote   present when the session is illustrative
     * @param parallelAllowed    whether it may share its room with other sessions at once; absent means no
     * @param origin             the session of an earlier edition it was cloned from, if any
     */
    public SessionDraft(String id, SessionType type, Map<String, String> title, Map<String, String> summary,
                        String track, SlotDraft slot, String room, List<ParticipantDraft> participants,
                        List<String> languages, SessionStatus status, Integer expectedAttendance,
                        List<StatementDraft> statements, Map<String, String> illustrativeNote,
                        Boolean parallelAllowed, OriginDraft origin) {
        this(id, type, title, summary, track, slot, room, participants, languages, status, expectedAttendance,
                statements, illustrativeNote, parallelAllowed, origin, null, null, null);
    }

    /**
     * @param newSlot the new time
     * @param newRoom the new room id, or null to keep the current one
     * @return this draft moved
     */
    public SessionDraft movedTo(SlotDraft newSlot, String newRoom) {
        return new SessionDraft(id, type, title, summary, track, newSlot, newRoom == null ? room : newRoom,
                participants, languages, status, expectedAttendance, statements, illustrativeNote, parallelAllowed,
                origin, source, url, links);
    }

    /**
     * @param newStatus the new status
     * @return this draft with that status
     */
    public SessionDraft withStatus(SessionStatus newStatus) {
        return new SessionDraft(id, type, title, summary, track, slot, room, participants, languages, newStatus,
                expectedAttendance, statements, illustrativeNote, parallelAllowed, origin, source, url, links);
    }

    /**
     * @param participant one more participant
     * @return this draft with the participant added after the others
     */
    public SessionDraft withParticipant(ParticipantDraft participant) {
        List<ParticipantDraft> more = new ArrayList<>(participants == null ? List.of() : participants);
        more.add(participant);
        return new SessionDraft(id, type, title, summary, track, slot, room, more, languages, status,
                expectedAttendance, statements, illustrativeNote, parallelAllowed, origin, source, url, links);
    }
}
