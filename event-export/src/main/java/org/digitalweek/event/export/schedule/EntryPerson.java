package org.digitalweek.event.export.schedule;

/**
 * A person named by a schedule entry.
 *
 * @param sourceId the person's id in the schedule, if any (null)
 * @param name     the name shown
 * @param role     the role the schedule gives ({@code speaker}, {@code moderator}, …), if any (null)
 */
public record EntryPerson(String sourceId, String name, String role) {
}
