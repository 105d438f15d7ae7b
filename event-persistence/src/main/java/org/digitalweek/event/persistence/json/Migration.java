package org.digitalweek.event.persistence.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * One step in the history of the store's format: it turns a file of version {@link #from()} into
 * one of the next version. When the format changes, the new version gets one such class, added to
 * {@link Migrations#standard()}; files already on disk are upgraded as they are read, and edition
 * files are written back in the new version at their next save. Release files are never
 * rewritten: they are upgraded on every read.
 */
interface Migration {

    /** @return the version it reads; it gives {@code from() + 1} */
    int from();

    /**
     * Changes a file in place, all but its {@code formatVersion}, which the chain sets.
     *
     * @param file a whole file of version {@link #from()}; its {@code format} says whether it is an
     *             edition file or a release file
     */
    void upgrade(ObjectNode file);
}
