package org.digitalweek.event.persistence.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * Version 1 to 2: the host city and country of an edition, of its series and of its venues may be
 * absent, when no one gave them. Every file of version 1 has them, so it reads as it is; the new
 * version is there so that an older library, which requires them, refuses a file that lacks them
 * instead of misreading it.
 */
final class HostPlaceMayBeAbsent implements Migration {

    @Override
    public int from() {
        return 1;
    }

    @Override
    public void upgrade(ObjectNode file) {
        // Nothing to change: what version 1 requires, version 2 allows.
    }
}
