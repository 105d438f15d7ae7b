-- The digitalweek schema, version 1, for PostgreSQL. The script of the same name in ../sqlite holds the
-- same tables and columns with SQLite's types; keep the two in step.
--
-- Every content table starts with (edition_id, release_number): release_number 0 holds the edition
-- as it is now, the one that saves replace; release_number n >= 1 holds the programme frozen by
-- release n, written once. So one query shape reads the current programme and any old release.
-- position is the 0-based place of a row in its list in the model (sessions, rooms of a venue,
-- participants of a session, ...), so that list order round-trips.
-- A time is stored twice: to the microsecond in its own column, for SQL, and its nano-of-second in
-- the *_nano column beside it, so that the exact value round-trips (PostgreSQL keeps microseconds).

-- One row per programme. Row (id, 0) is the edition: its version guards every save.
CREATE TABLE editions (
    edition_id        VARCHAR(128) NOT NULL,
    release_number    INTEGER      NOT NULL CHECK (release_number >= 0),
    version           BIGINT       NOT NULL CHECK (version >= 0),
    number            INTEGER      NOT NULL CHECK (number >= 1),
    starts_on         DATE         NOT NULL,
    ends_on           DATE         NOT NULL,
    time_zone         VARCHAR(64)  NOT NULL,
    host_city         TEXT         NOT NULL,
    host_country      CHAR(2)      NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    published_at      TIMESTAMPTZ,
    published_at_nano INTEGER,
    illustrative      BOOLEAN      NOT NULL,
    PRIMARY KEY (edition_id, release_number),
    CHECK (ends_on >= starts_on),
    CHECK ((published_at IS NULL) = (published_at_nano IS NULL))
);

-- One row per release; its programme is the editions row (edition_id, number) and its content.
CREATE TABLE releases (
    edition_id        VARCHAR(128) NOT NULL,
    number            INTEGER      NOT NULL CHECK (number >= 1),
    label             VARCHAR(128) NOT NULL,
    published_at      TIMESTAMPTZ  NOT NULL,
    published_at_nano INTEGER      NOT NULL,
    edition_version   BIGINT       NOT NULL,
    session_count     INTEGER      NOT NULL,
    PRIMARY KEY (edition_id, number),
    FOREIGN KEY (edition_id, number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);

-- The series as each programme names it: a copy per programme, so that saving one edition never
-- renames the series of another.
CREATE TABLE series (
    edition_id     VARCHAR(128) NOT NULL,
    release_number INTEGER      NOT NULL,
    series_id      VARCHAR(128) NOT NULL,
    host_country   CHAR(2)      NOT NULL,
    PRIMARY KEY (edition_id, release_number),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);
CREATE INDEX series_by_series_id ON series (series_id);

CREATE TABLE tracks (
    edition_id     VARCHAR(128) NOT NULL,
    release_number INTEGER      NOT NULL,
    track_id       VARCHAR(128) NOT NULL,
    position       INTEGER      NOT NULL,
    PRIMARY KEY (edition_id, release_number, track_id),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);

CREATE TABLE venues (
    edition_id     VARCHAR(128) NOT NULL,
    release_number INTEGER      NOT NULL,
    venue_id       VARCHAR(128) NOT NULL,
    position       INTEGER      NOT NULL,
    short_name     TEXT,
    city           TEXT         NOT NULL,
    country        CHAR(2)      NOT NULL,
    illustrative   BOOLEAN      NOT NULL,
    PRIMARY KEY (edition_id, release_number, venue_id),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);

-- position: the room's place among the rooms of its venue.
CREATE TABLE rooms (
    edition_id     VARCHAR(128) NOT NULL,
    release_number INTEGER      NOT NULL,
    room_id        VARCHAR(128) NOT NULL,
    venue_id       VARCHAR(128) NOT NULL,
    position       INTEGER      NOT NULL,
    capacity       INTEGER      CHECK (capacity >= 0),
    shared_space   BOOLEAN      NOT NULL,
    illustrative   BOOLEAN      NOT NULL,
    PRIMARY KEY (edition_id, release_number, room_id),
    FOREIGN KEY (edition_id, release_number, venue_id) REFERENCES venues (edition_id, release_number, venue_id),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);

CREATE TABLE ministries (
    edition_id     VARCHAR(128) NOT NULL,
    release_number INTEGER      NOT NULL,
    ministry_id    VARCHAR(128) NOT NULL,
    position       INTEGER      NOT NULL,
    country        CHAR(2)      NOT NULL,
    acronym        TEXT,
    illustrative   BOOLEAN      NOT NULL,
    PRIMARY KEY (edition_id, release_number, ministry_id),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);

CREATE TABLE participations (
    edition_id     VARCHAR(128) NOT NULL,
    release_number INTEGER      NOT NULL,
    ministry_id    VARCHAR(128) NOT NULL,
    position       INTEGER      NOT NULL,
    PRIMARY KEY (edition_id, release_number, ministry_id),
    FOREIGN KEY (edition_id, release_number, ministry_id)
        REFERENCES ministries (edition_id, release_number, ministry_id),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);

-- A set: no position; roles load in the order of their enum.
CREATE TABLE participation_roles (
    edition_id     VARCHAR(128) NOT NULL,
    release_number INTEGER      NOT NULL,
    ministry_id    VARCHAR(128) NOT NULL,
    role           VARCHAR(32)  NOT NULL,
    PRIMARY KEY (edition_id, release_number, ministry_id, role),
    FOREIGN KEY (edition_id, release_number, ministry_id)
        REFERENCES participations (edition_id, release_number, ministry_id),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);

-- precedence_rank: NULL for people outside the protocol order.
CREATE TABLE officials (
    edition_id      VARCHAR(128) NOT NULL,
    release_number  INTEGER      NOT NULL,
    official_id     VARCHAR(128) NOT NULL,
    position        INTEGER      NOT NULL,
    full_name       TEXT         NOT NULL,
    honorific       TEXT         NOT NULL,
    ministry_id     VARCHAR(128),
    precedence_rank INTEGER      CHECK (precedence_rank >= 1),
    illustrative    BOOLEAN      NOT NULL,
    PRIMARY KEY (edition_id, release_number, official_id),
    FOREIGN KEY (edition_id, release_number, ministry_id)
        REFERENCES ministries (edition_id, release_number, ministry_id),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);

-- Times are wall-clock times in the edition's time_zone.
CREATE TABLE sessions (
    edition_id          VARCHAR(128) NOT NULL,
    release_number      INTEGER      NOT NULL,
    session_id          VARCHAR(128) NOT NULL,
    position            INTEGER      NOT NULL,
    session_type        VARCHAR(32)  NOT NULL,
    track_id            VARCHAR(128),
    starts_at           TIMESTAMP    NOT NULL,
    starts_at_nano      INTEGER      NOT NULL,
    ends_at             TIMESTAMP    NOT NULL,
    ends_at_nano        INTEGER      NOT NULL,
    room_id             VARCHAR(128),
    status              VARCHAR(16)  NOT NULL,
    expected_attendance INTEGER      CHECK (expected_attendance >= 0),
    parallel_allowed    BOOLEAN      NOT NULL,
    origin_edition_id   VARCHAR(128),
    origin_session_id   VARCHAR(128),
    illustrative        BOOLEAN      NOT NULL,
    PRIMARY KEY (edition_id, release_number, session_id),
    FOREIGN KEY (edition_id, release_number, track_id) REFERENCES tracks (edition_id, release_number, track_id),
    FOREIGN KEY (edition_id, release_number, room_id) REFERENCES rooms (edition_id, release_number, room_id),
    CHECK ((origin_edition_id IS NULL) = (origin_session_id IS NULL)),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);
CREATE INDEX sessions_by_room ON sessions (edition_id, release_number, room_id);

-- mandate_rank: the protocol rank of the authority the participant acts for; NULL when they act in
-- their own name. The authority's name is in texts (owner_kind 'participant').
CREATE TABLE session_participants (
    edition_id     VARCHAR(128) NOT NULL,
    release_number INTEGER      NOT NULL,
    session_id     VARCHAR(128) NOT NULL,
    position       INTEGER      NOT NULL,
    official_id    VARCHAR(128) NOT NULL,
    role           VARCHAR(32)  NOT NULL,
    mandate_rank   INTEGER      CHECK (mandate_rank >= 1),
    PRIMARY KEY (edition_id, release_number, session_id, position),
    UNIQUE (edition_id, release_number, session_id, official_id, role),
    FOREIGN KEY (edition_id, release_number, session_id) REFERENCES sessions (edition_id, release_number, session_id),
    FOREIGN KEY (edition_id, release_number, official_id)
        REFERENCES officials (edition_id, release_number, official_id),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);

CREATE TABLE session_languages (
    edition_id     VARCHAR(128) NOT NULL,
    release_number INTEGER      NOT NULL,
    session_id     VARCHAR(128) NOT NULL,
    position       INTEGER      NOT NULL,
    language       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (edition_id, release_number, session_id, position),
    UNIQUE (edition_id, release_number, session_id, language),
    FOREIGN KEY (edition_id, release_number, session_id) REFERENCES sessions (edition_id, release_number, session_id),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);

CREATE TABLE statements (
    edition_id     VARCHAR(128) NOT NULL,
    release_number INTEGER      NOT NULL,
    session_id     VARCHAR(128) NOT NULL,
    position       INTEGER      NOT NULL,
    speaker_id     VARCHAR(128) NOT NULL,
    quotation      TEXT         NOT NULL,
    language       VARCHAR(64)  NOT NULL,
    illustrative   BOOLEAN      NOT NULL,
    PRIMARY KEY (edition_id, release_number, session_id, position),
    FOREIGN KEY (edition_id, release_number, session_id) REFERENCES sessions (edition_id, release_number, session_id),
    FOREIGN KEY (edition_id, release_number, speaker_id)
        REFERENCES officials (edition_id, release_number, official_id),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);

-- Every localized text, one row per language. owner_kind names the owner's table: edition, theme,
-- series, track, venue, room, ministry, official, session, participant, statement; owner_id is its
-- id (the edition's for edition and theme); a participant or a statement, which have no id of their
-- own, are named by their session's id and owner_position, their position in the session
-- (owner_position is 0 for every other owner). field: title, description, name, post_title,
-- summary, authority (a participant's mandate), provenance_note (the note of an illustrative item).
CREATE TABLE texts (
    edition_id     VARCHAR(128) NOT NULL,
    release_number INTEGER      NOT NULL,
    owner_kind     VARCHAR(16)  NOT NULL,
    owner_id       VARCHAR(128) NOT NULL,
    owner_position INTEGER      NOT NULL,
    field          VARCHAR(32)  NOT NULL,
    language       VARCHAR(64)  NOT NULL,
    value          TEXT         NOT NULL,
    PRIMARY KEY (edition_id, release_number, owner_kind, owner_id, owner_position, field, language),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);

-- Internal records of the protocol office: the edition's only (release_number 0), never in a release.
CREATE TABLE protocol_files (
    edition_id     VARCHAR(128) NOT NULL,
    release_number INTEGER      NOT NULL CHECK (release_number = 0),
    official_id    VARCHAR(128) NOT NULL,
    notes          TEXT         NOT NULL,
    PRIMARY KEY (edition_id, release_number, official_id),
    FOREIGN KEY (edition_id, release_number, official_id)
        REFERENCES officials (edition_id, release_number, official_id),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);

CREATE TABLE protocol_contacts (
    edition_id     VARCHAR(128) NOT NULL,
    release_number INTEGER      NOT NULL,
    official_id    VARCHAR(128) NOT NULL,
    position       INTEGER      NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    value          TEXT         NOT NULL,
    PRIMARY KEY (edition_id, release_number, official_id, position),
    FOREIGN KEY (edition_id, release_number, official_id)
        REFERENCES protocol_files (edition_id, release_number, official_id),
    FOREIGN KEY (edition_id, release_number) REFERENCES editions (edition_id, release_number) ON DELETE CASCADE
);
