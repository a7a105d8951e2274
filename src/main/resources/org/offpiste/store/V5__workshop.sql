-- Offpiste schema version 5: workshops.
-- The running workshop of a board (one row at most): the agenda as AgendaFile JSON, the round
-- everyone is on and its timer. A running timer is kept as the instant its round ends (every
-- machine counts down to the same instant); a paused one as what was left.
CREATE TABLE workshop_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    agenda       TEXT NOT NULL,
    block_index  INTEGER NOT NULL DEFAULT 0 CHECK (block_index >= 0),
    running      INTEGER NOT NULL DEFAULT 0 CHECK (running IN (0, 1)),
    ends_at      TEXT,
    remaining_ms INTEGER NOT NULL DEFAULT 0,
    revealed     INTEGER NOT NULL DEFAULT 1 CHECK (revealed IN (0, 1)),
    updated_at   TEXT NOT NULL
);

-- 1 while an idea written in a silent round is seen only by its author, until the facilitator
-- reveals the round's ideas.
ALTER TABLE idea ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;

-- A text refused because someone else changed the idea meanwhile is kept as a version of kind
-- 'conflicted' (not current; its parent is the version it conflicted with). SQLite cannot change a
-- CHECK constraint: the table is rebuilt with the new one, its rows and ids kept (foreign keys are
-- off while migrations run; nothing else references this table).
CREATE TABLE idea_version_new (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    idea_id        INTEGER NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    parent_id      INTEGER REFERENCES idea_version_new (id) ON DELETE SET NULL,
    merged_from_id INTEGER REFERENCES idea_version_new (id) ON DELETE SET NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('created', 'edited', 'refined', 'restored', 'merged', 'forked',
                                                 'conflicted')),
    title          TEXT NOT NULL,
    body           TEXT NOT NULL DEFAULT '',
    tags           TEXT NOT NULL DEFAULT '',
    made_by        TEXT NOT NULL DEFAULT '',
    by_model       INTEGER NOT NULL DEFAULT 0 CHECK (by_model IN (0, 1)),
    instruction    TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL
);
INSERT INTO idea_version_new (id, idea_id, parent_id, merged_from_id, kind, title, body, tags, made_by, by_model,
                              instruction, created_at)
SELECT id, idea_id, parent_id, merged_from_id, kind, title, body, tags, made_by, by_model, instruction, created_at
FROM idea_version;
-- Ids stay never reused: the new table goes on from the old one's sequence.
DELETE FROM sqlite_sequence WHERE name = 'idea_version_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'idea_version_new', seq FROM sqlite_sequence WHERE name = 'idea_version';
DROP TABLE idea_version;
ALTER TABLE idea_version_new RENAME TO idea_version;
CREATE INDEX idea_version_by_idea ON idea_version (idea_id, id);

-- Who has cast a ballot in an anonymous round, so that a participant casts one ballot only (the
-- primary key, case aside, refuses a second one, even from a request racing the first). Nothing ties
-- a row to a ballot: no ballot id, no time, and no rowid (rows are kept in the order of the names).
CREATE TABLE vote_participant (
    round_id INTEGER NOT NULL REFERENCES vote_round (id) ON DELETE CASCADE,
    voter    TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (round_id, voter)
) WITHOUT ROWID;
