-- Offpiste project file, schema version 1.
-- Times are ISO-8601 UTC text with milliseconds ('2026-11-29T01:20:00.000Z'): readable in any
-- SQLite tool and sortable as text.

CREATE TABLE brief_version (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    title            TEXT NOT NULL DEFAULT '',
    client           TEXT NOT NULL DEFAULT '',
    objective        TEXT NOT NULL DEFAULT '',
    audience         TEXT NOT NULL DEFAULT '',
    insight          TEXT NOT NULL DEFAULT '',
    channels         TEXT NOT NULL DEFAULT '',
    tone             TEXT NOT NULL DEFAULT '',
    constraints      TEXT NOT NULL DEFAULT '',
    cliches          TEXT NOT NULL DEFAULT '',
    success_criteria TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    language         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE idea (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'inbox' CHECK (status IN ('inbox', 'shortlist', 'parked', 'rejected')),
    author     TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

-- The board's orders, over live ideas only; status is carried along so that a status filter or
-- count is answered from the index alone.
CREATE INDEX idea_by_updated ON idea (updated_at, id, status) WHERE deleted_at IS NULL;
CREATE INDEX idea_by_created ON idea (created_at, id, status) WHERE deleted_at IS NULL;
CREATE INDEX idea_by_title ON idea (title COLLATE NOCASE, id, status) WHERE deleted_at IS NULL;
CREATE INDEX idea_by_status ON idea (
    (CASE status WHEN 'inbox' THEN 0 WHEN 'shortlist' THEN 1 WHEN 'parked' THEN 2 ELSE 3 END),
    updated_at DESC, id DESC, status) WHERE deleted_at IS NULL;
CREATE INDEX idea_deleted ON idea (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE idea_tag (
    idea_id INTEGER NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    tag_id  INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (idea_id, tag_id)
) WITHOUT ROWID;

CREATE INDEX idea_tag_by_tag ON idea_tag (tag_id, idea_id);

-- Full-text index of live ideas (rowid = idea.id); tags are joined with spaces. Contentless
-- (the text lives once, in idea and tag) and without positions (detail = none: a search asks
-- only "does the idea hold a word starting so"). Kept in sync by the store in the same transaction.
CREATE VIRTUAL TABLE idea_fts USING fts5 (
    title, body, tags,
    content = '',
    contentless_delete = 1,
    detail = none,
    tokenize = 'unicode61 remove_diacritics 2'
);
