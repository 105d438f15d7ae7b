package org.digitalweek.event.domain.rules.planted;

import org.digitalweek.event.domain.edition.Edition;

/** Breaks "the checker reads public programmes only": a check that counts the protocol files. */
public final class PlantedLeakyCheck {

    private PlantedLeakyCheck() {
    }

    /**
     * @param edition a whole edition
     * @return how many officials have a protocol file, which a finding would then disclose
     */
    public static int protocolFiles(Edition edition) {
        return edition.internal().protocolFiles().size();
    }
}
