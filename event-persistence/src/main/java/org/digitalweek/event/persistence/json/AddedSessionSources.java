package org.digitalweek.event.persistence.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * Version 2 of the format adds to a session its optional {@code source} (guid, id, slug, kind in the
 * schedule it was imported from), {@code url} and {@code links}. A version 1 file has none of them,
 * which version 2 reads as absent: nothing to change but the version, so that a library that only
 * knows version 1 refuses a version 2 file rather than drop those fields at its next save.
 */
final class AddedSessionSources implements Migration {

    @Override
    public int from() {
        return 1;
    }

    @Override
    public void upgrade(ObjectNode file) {
        // Nothing to change: every new field is optional.
    }
}
