-- Offpiste project file, schema version 4: judgement. Versions of ideas (lineage), comments,
-- criteria and each rater's scores, dot-vote rounds and duels. Times as in version 1.

-- The idea a deleted idea was merged into. A merged idea is never purged: its versions and comments
-- stay, and show in the history of the idea it went into.
ALTER TABLE idea ADD COLUMN merged_into INTEGER REFERENCES idea (id);

CREATE INDEX idea_by_merged_into ON idea (merged_into) WHERE merged_into IS NOT NULL;

-- Every state of an idea's title, body and tags: created (typed, imported or captured), edited by a
-- person (one editing session is one version), refined by a model, restored from an earlier version,
-- merged (merged_from_id: the head of the idea merged in) or forked (parent_id: the version of
-- another idea it was forked from). made_by: a person's name, or "provider · model" when by_model.
-- tags: the idea's tags joined with a newline. instruction: what a model was asked ("make it cheaper").
CREATE TABLE idea_version (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    idea_id        INTEGER NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    parent_id      INTEGER REFERENCES idea_version (id) ON DELETE SET NULL,
    merged_from_id INTEGER REFERENCES idea_version (id) ON DELETE SET NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('created', 'edited', 'refined', 'restored', 'merged', 'forked')),
    title          TEXT NOT NULL,
    body           TEXT NOT NULL DEFAULT '',
    tags           TEXT NOT NULL DEFAULT '',
    made_by        TEXT NOT NULL DEFAULT '',
    by_model       INTEGER NOT NULL DEFAULT 0 CHECK (by_model IN (0, 1)),
    instruction    TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL
);

CREATE INDEX idea_version_by_idea ON idea_version (idea_id, id);

-- Ideas written before version 4 start their history with what they hold now.
INSERT INTO idea_version (idea_id, kind, title, body, tags, made_by, by_model, created_at)
SELECT i.id, 'created', i.title, i.body,
       COALESCE((SELECT group_concat(name, char(10)) FROM (SELECT t.name AS name FROM idea_tag it
                 JOIN tag t ON t.id = it.tag_id WHERE it.idea_id = i.id ORDER BY t.name COLLATE NOCASE)), ''),
       CASE WHEN o.idea_id IS NOT NULL AND o.by_hand = 0 THEN trim(o.provider || ' · ' || o.model, ' ·') ELSE i.author END,
       CASE WHEN o.idea_id IS NOT NULL AND o.by_hand = 0 THEN 1 ELSE 0 END,
       i.created_at
FROM idea i LEFT JOIN idea_origin o ON o.idea_id = i.id;

CREATE TABLE idea_comment (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    idea_id    INTEGER NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    author     TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX idea_comment_by_idea ON idea_comment (idea_id, id);

-- The scales ideas are rated on (1 to 5): the brief's success criteria (source 'brief'), Originality
-- and Feasibility (named in the person's language when shown), and the person's own. A brief criterion
-- that left the brief is kept inactive, with its scores, and counts no more.
CREATE TABLE criterion (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL,
    source     TEXT NOT NULL CHECK (source IN ('brief', 'originality', 'feasibility', 'own')),
    weight     REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    position   INTEGER NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE UNIQUE INDEX criterion_by_name ON criterion (name COLLATE NOCASE);

-- Each rater's score of an idea on a criterion; rating again replaces it.
CREATE TABLE rating (
    idea_id      INTEGER NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
    rater        TEXT NOT NULL COLLATE NOCASE,
    score        INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    rated_at     TEXT NOT NULL,
    PRIMARY KEY (idea_id, criterion_id, rater)
) WITHOUT ROWID;

CREATE INDEX rating_by_criterion ON rating (criterion_id, idea_id);

-- An idea's weighted score: per active criterion of positive weight, the mean of the raters' scores;
-- then the mean of those, weighted, over the criteria the idea was rated on. From 1 to 5. raters: how
-- many different people rated the idea on those criteria.
CREATE VIEW idea_score AS
SELECT s.idea_id AS idea_id, s.score AS score,
       (SELECT COUNT(DISTINCT r.rater) FROM rating r JOIN criterion c ON c.id = r.criterion_id
        WHERE r.idea_id = s.idea_id AND c.active = 1 AND c.weight > 0) AS raters
FROM (SELECT idea_id, SUM(weight * mean) / SUM(weight) AS score
      FROM (SELECT r.idea_id AS idea_id, c.weight AS weight, AVG(r.score) AS mean
            FROM rating r JOIN criterion c ON c.id = r.criterion_id
            WHERE c.active = 1 AND c.weight > 0
            GROUP BY r.idea_id, r.criterion_id)
      GROUP BY idea_id) s;

-- A dot-vote round over chosen ideas: each participant has `allowance` dots, at most `max_per_idea`
-- on one idea. Results are shown once closed_at is set.
CREATE TABLE vote_round (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL,
    anonymous    INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    allowance    INTEGER NOT NULL CHECK (allowance >= 1),
    max_per_idea INTEGER NOT NULL CHECK (max_per_idea >= 1),
    created_at   TEXT NOT NULL,
    closed_at    TEXT
);

CREATE UNIQUE INDEX vote_round_by_name ON vote_round (name COLLATE NOCASE);

CREATE TABLE vote_candidate (
    round_id INTEGER NOT NULL REFERENCES vote_round (id) ON DELETE CASCADE,
    idea_id  INTEGER NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (round_id, idea_id)
) WITHOUT ROWID;

-- One participant's dots in a round. A ballot of an anonymous round has no name and no time: nothing
-- in the file tells who cast it (the trigger below refuses a name).
CREATE TABLE ballot (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id INTEGER NOT NULL REFERENCES vote_round (id) ON DELETE CASCADE,
    voter    TEXT COLLATE NOCASE,
    cast_at  TEXT
);

CREATE UNIQUE INDEX ballot_by_voter ON ballot (round_id, voter) WHERE voter IS NOT NULL;

CREATE TABLE ballot_vote (
    ballot_id INTEGER NOT NULL REFERENCES ballot (id) ON DELETE CASCADE,
    idea_id   INTEGER NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    dots      INTEGER NOT NULL CHECK (dots >= 1),
    PRIMARY KEY (ballot_id, idea_id)
) WITHOUT ROWID;

-- The voting rules, held by the file itself (a second writer cannot break them either).
CREATE TRIGGER ballot_anonymous BEFORE INSERT ON ballot WHEN (SELECT anonymous FROM vote_round WHERE id = NEW.round_id) = 1 AND (NEW.voter IS NOT NULL OR NEW.cast_at IS NOT NULL) BEGIN SELECT RAISE(ABORT, 'an anonymous round keeps no voter name or time'); END;
CREATE TRIGGER ballot_closed BEFORE INSERT ON ballot WHEN (SELECT closed_at FROM vote_round WHERE id = NEW.round_id) IS NOT NULL BEGIN SELECT RAISE(ABORT, 'the round is closed'); END;
CREATE TRIGGER ballot_vote_rules BEFORE INSERT ON ballot_vote WHEN NOT EXISTS (SELECT 1 FROM ballot b JOIN vote_candidate vc ON vc.round_id = b.round_id WHERE b.id = NEW.ballot_id AND vc.idea_id = NEW.idea_id) OR NEW.dots > (SELECT r.max_per_idea FROM ballot b JOIN vote_round r ON r.id = b.round_id WHERE b.id = NEW.ballot_id) OR NEW.dots + (SELECT COALESCE(SUM(dots), 0) FROM ballot_vote WHERE ballot_id = NEW.ballot_id) > (SELECT r.allowance FROM ballot b JOIN vote_round r ON r.id = b.round_id WHERE b.id = NEW.ballot_id) BEGIN SELECT RAISE(ABORT, 'the vote breaks the round''s rules'); END;

-- Two ideas side by side, "which is stronger for this brief?": the left one, the right one, or a
-- tie ("can't decide"). rater: who judged ('' when unnamed).
CREATE TABLE duel (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    left_id    INTEGER NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    right_id   INTEGER NOT NULL REFERENCES idea (id) ON DELETE CASCADE,
    result     TEXT NOT NULL CHECK (result IN ('left', 'right', 'tie')),
    rater      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK (left_id <> right_id)
);

CREATE INDEX duel_by_left ON duel (left_id);
CREATE INDEX duel_by_right ON duel (right_id);
