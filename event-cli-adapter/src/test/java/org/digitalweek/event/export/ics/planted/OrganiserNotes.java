package org.digitalweek.event.export.ics.planted;

import org.digitalweek.event.domain.edition.Edition;

/** Breaks "export never sees internal records": a calendar helper that reads the protocol files. */
public final class OrganiserNotes {

    private OrganiserNotes() {
    }

    /**
     * @param edition a whole edition, internal records included
     * @return a note for the calendar's description, which would disclose the protocol files
     */
    public static String note(Edition edition) {
        return edition.internal().protocolFiles().size() + " protocol files";
    }
}
