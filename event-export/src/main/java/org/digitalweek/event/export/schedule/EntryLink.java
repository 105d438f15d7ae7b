package org.digitalweek.event.export.schedule;

import org.digitalweek.event.domain.model.LinkKind;

/**
 * A link of a schedule entry as read, before any repair: its address may be relative (to the
 * schedule's base address) or unusable, which {@link ScheduleBuilder} repairs or drops.
 *
 * @param url   the address as written, if any (null)
 * @param title what the schedule calls it, if anything (null)
 * @param kind  what it leads to, as the reader understood it; null is read as {@link LinkKind#OTHER}
 */
public record EntryLink(String url, String title, LinkKind kind) {

    /** An absent kind is {@link LinkKind#OTHER}. */
    public EntryLink {
        kind = kind == null ? LinkKind.OTHER : kind;
    }
}
