package org.digitalweek.event.persistence.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * Version 1 to 2. Version 2 allows what version 1 required or did not know: the host city and
 * country of an edition, of its series and of its venues may be absent when no one gave them, and a
 * session may carry its {@code source} (guid, id, slug, kind in the schedule it was imported from),
 * {@code url} and {@code links}. A version 1 file has every host place and none of the session's new
 * fields, so it reads as it is; the new version is there so that an older library refuses a
 * version 2 file instead of misreading it or dropping those fields at its next save.
 */
final class Version2Additions implements Migration {

    @Override
    public int from() {
        return 1;
    }

    @Override
    public void upgrade(ObjectNode file) {
        // Nothing to change: what version 1 holds, version 2 reads as it is.
    }
}
