-- The index that finds a room's sessions (for the checks of the rooms' foreign keys) now leads
-- with the room. Led by (edition_id, release_number), it also matched the checks that look a
-- session up by its id: on tables with no statistics yet (a new store), the planner chose it over
-- the primary key and read every session of the edition for each participant, language and
-- statement written or deleted, so that a first save of 10,000 sessions took about 30 s on
-- PostgreSQL and the next about 80 s (see docs/performance.md).
DROP INDEX sessions_by_room;
CREATE INDEX sessions_by_room ON sessions (room_id, edition_id, release_number);
