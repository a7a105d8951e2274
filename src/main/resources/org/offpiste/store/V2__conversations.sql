-- Offpiste project file, schema version 2: conversations with a language model.
-- Messages form a tree (parent_id): siblings are alternatives (a regenerated answer, an edited
-- message); chosen_at says which sibling was chosen last (strictly increasing per conversation).
-- An answer is written as it arrives: status 'streaming' found at open means the program was
-- stopped mid-answer (it becomes 'incomplete'). Times as in version 1.

CREATE TABLE conversation (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    title      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX conversation_by_updated ON conversation (updated_at, id);

CREATE TABLE message (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id  INTEGER NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    parent_id        INTEGER REFERENCES message (id) ON DELETE CASCADE,
    role             TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
    text             TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL CHECK (status IN ('complete', 'streaming', 'stopped', 'incomplete', 'failed')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    chosen_at        TEXT NOT NULL,
    provider         TEXT,
    model            TEXT,
    mode             TEXT,
    technique        TEXT,
    brief_version_id INTEGER,
    idea_ids         TEXT NOT NULL DEFAULT '',
    prompt           TEXT,
    failure          TEXT
);

CREATE INDEX message_by_conversation ON message (conversation_id, id);
CREATE INDEX message_by_parent ON message (parent_id);
CREATE INDEX message_streaming ON message (status) WHERE status = 'streaming';

-- What the project remembers outside its content: the provider id and model it last used
-- (never a key).
CREATE TABLE project_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
