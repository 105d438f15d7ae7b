package org.digitalweek.event.domain.port.in;

/** What an import does when the store already holds an edition with the imported id. */
public enum ImportMode {
    /** Store a new edition; refuse the import when the id is taken. */
    CREATE,
    /**
     * Store a new edition, or replace the content of the stored one with the document's as its next
     * version: a newer release of the same schedule. The stored edition's status, publication time,
     * releases and internal records are kept; an archived edition is refused.
     */
    REPLACE
}
