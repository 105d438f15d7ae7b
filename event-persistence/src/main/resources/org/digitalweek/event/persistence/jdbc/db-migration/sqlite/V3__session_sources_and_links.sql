-- Version 3: a session keeps who it is in the schedule it was imported from, its public page and its
-- links. The script of the same name in ../postgresql makes the same change with PostgreSQL's types;
-- keep the two in step. Every new column and table is optional content: a database at version 2
-- keeps its rows, and its sessions read back with no source, page or link.

-- source_*: the source's guid, own id, slug and word for the session's kind, each NULL when the
-- source gave none (all NULL for a session created here); url: the session's public page.
ALTER TABLE sessions ADD COLUMN source_guid TEXT;
ALTER TABLE sessions ADD COLUMN source_id   TEXT;
ALTER TABLE sessions ADD COLUMN source_slug TEXT;
ALTER TABLE sessions ADD COLUMN source_kind TEXT;
ALTER TABLE sessions ADD COLUMN url         TEXT;

-- A session's links (live stream, slides, recording, ...), in the model's order. kind is a LinkKind
-- name; a link's title is in texts (owner_kind 'session_link', owner_id the session's id,
-- owner_position the link's position, field 'title').
CREATE TABLE session_links (
    edition_id     TEXT    NOT NULL,
    release_number INTEGER NOT NULL,
    session_id     TEXT    NOT NULL,
    position       INTEGER NOT NULL,
    url            TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    PRIMARY KEY (edition_id, release_number, session_id, position),
    FOREIGN KEY (edition_id, release_number, session_id) REFERENCES sessions (edition_id, release_number, session_id),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
) STRICT;
