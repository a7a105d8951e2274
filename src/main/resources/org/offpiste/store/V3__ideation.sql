-- Offpiste project file, schema version 3: ideas captured from answers, the novelty meter, themes
-- and the image prompts of Visualize. Times as in version 1. Vectors are float32 little-endian,
-- unit length, of the model named beside them.

-- Where a model's idea came from. Ideas typed or imported by a person have no row. The ids of the
-- conversation and message are kept as plain numbers: deleting a conversation keeps the provenance.
CREATE TABLE idea_origin (
    idea_id          INTEGER PRIMARY KEY REFERENCES idea (id) ON DELETE CASCADE,
    conversation_id  INTEGER,
    message_id       INTEGER,
    mode             TEXT NOT NULL,
    technique        TEXT,
    facet            TEXT NOT NULL DEFAULT '',
    provider         TEXT NOT NULL DEFAULT '',
    model            TEXT NOT NULL DEFAULT '',
    brief_version_id INTEGER,
    by_hand          INTEGER NOT NULL DEFAULT 0 CHECK (by_hand IN (0, 1)),
    created_at       TEXT NOT NULL
);

-- Every idea recognised in an answer, in its order there (item_index from 0; an idea picked by
-- hand from an answer gets the next free index). idea_id: the board idea it became; duplicate_of:
-- the board idea it landed on top of (then it was not added). Nothing is recorded twice.
CREATE TABLE capture (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id   INTEGER NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    item_index   INTEGER NOT NULL,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL DEFAULT '',
    facet        TEXT NOT NULL DEFAULT '',
    idea_id      INTEGER REFERENCES idea (id) ON DELETE SET NULL,
    duplicate_of INTEGER REFERENCES idea (id) ON DELETE SET NULL,
    similarity   REAL,
    created_at   TEXT NOT NULL,
    UNIQUE (message_id, item_index)
);

CREATE INDEX capture_by_idea ON capture (idea_id) WHERE idea_id IS NOT NULL;

-- The embedding of an idea's text (title and body); text_hash tells when the idea changed since.
CREATE TABLE idea_embedding (
    idea_id   INTEGER PRIMARY KEY REFERENCES idea (id) ON DELETE CASCADE,
    model     TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    vector    BLOB NOT NULL
);

-- The novelty figures of an idea, recomputed in the background. baseline_distance: 1 - the highest
-- cosine similarity to an idea of the banal baseline (null without a baseline); nearest_*: the
-- most similar other live idea; duplicate_of: that idea when the similarity reaches the threshold
-- and it is the older of the two.
CREATE TABLE idea_novelty (
    idea_id            INTEGER PRIMARY KEY REFERENCES idea (id) ON DELETE CASCADE,
    baseline_distance  REAL,
    nearest_id         INTEGER,
    nearest_similarity REAL,
    duplicate_of       INTEGER,
    computed_at        TEXT NOT NULL
);

CREATE INDEX idea_by_novelty ON idea_novelty (baseline_distance DESC, idea_id);

-- The banal baseline: the answer to a plain "give me ideas for this brief", once per brief version.
CREATE TABLE baseline (
    brief_version_id INTEGER PRIMARY KEY,
    provider         TEXT NOT NULL,
    model            TEXT NOT NULL,
    prompt           TEXT NOT NULL,
    answer           TEXT NOT NULL,
    created_at       TEXT NOT NULL
);

CREATE TABLE baseline_item (
    brief_version_id INTEGER NOT NULL REFERENCES baseline (brief_version_id) ON DELETE CASCADE,
    item_index       INTEGER NOT NULL,
    title            TEXT NOT NULL,
    body             TEXT NOT NULL DEFAULT '',
    model            TEXT NOT NULL,
    vector           BLOB NOT NULL,
    PRIMARY KEY (brief_version_id, item_index)
) WITHOUT ROWID;

-- Themes: groups of the board's ideas found from their embeddings, named by a model or by their
-- salient words. Found anew as a whole (the previous set is replaced).
CREATE TABLE theme (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    name      TEXT NOT NULL,
    named_by  TEXT NOT NULL CHECK (named_by IN ('model', 'words', 'person')),
    position  INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE theme_member (
    idea_id  INTEGER PRIMARY KEY REFERENCES idea (id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES theme (id) ON DELETE CASCADE
);

CREATE INDEX theme_member_by_theme ON theme_member (theme_id, idea_id);

-- Image-generator prompts written in Visualize mode, kept on the idea they show.
CREATE TABLE visual_prompt (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    idea_id    INTEGER NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    generator  TEXT NOT NULL CHECK (generator IN ('midjourney', 'dalle', 'stable-diffusion')),
    prompt     TEXT NOT NULL,
    negative   TEXT NOT NULL DEFAULT '',
    message_id INTEGER,
    created_at TEXT NOT NULL
);

CREATE INDEX visual_prompt_by_idea ON visual_prompt (idea_id, id);
