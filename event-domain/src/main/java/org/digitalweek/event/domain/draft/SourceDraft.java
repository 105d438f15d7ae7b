package org.digitalweek.event.domain.draft;

import jakarta.validation.constraints.Size;

import org.digitalweek.event.domain.model.SourceIdentity;
import org.digitalweek.event.domain.validation.PlainText;

/**
 * Who a session is in the schedule it was imported from, as input; see {@link SourceIdentity}.
 * Any part may be absent (null).
 *
 * @param guid the source's globally unique id
 * @param id   the source's own id of the event
 * @param slug the source's slug
 * @param kind the source's word for the kind of event
 */
public record SourceDraft(@PlainText @Size(max = SourceIdentity.LONGEST) String guid,
                          @PlainText @Size(max = SourceIdentity.LONGEST) String id,
                          @PlainText @Size(max = SourceIdentity.LONGEST) String slug,
                          @PlainText @Size(max = SourceIdentity.LONGEST) String kind) {
}
