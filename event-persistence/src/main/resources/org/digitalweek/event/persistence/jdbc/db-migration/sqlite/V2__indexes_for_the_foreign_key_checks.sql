-- Indexes for the foreign-key checks of a save, which deletes the edition's rows and writes them
-- again. Each key a check looks up now leads an index: without one, the database read every row of
-- the edition for each row checked (see docs/storage.md and docs/performance.md).

-- A room's sessions, for the checks of deleted rooms. Led by (edition_id, release_number), the old
-- index also matched the checks that look a session up by its id, and on a new database (no
-- statistics yet) PostgreSQL chose it over the primary key.
DROP INDEX sessions_by_room;
CREATE INDEX sessions_by_room ON sessions (room_id, edition_id, release_number);

-- An official's participations and statements, for the checks of deleted officials.
CREATE INDEX session_participants_by_official ON session_participants (official_id, edition_id, release_number);
CREATE INDEX statements_by_speaker ON statements (speaker_id, edition_id, release_number);
