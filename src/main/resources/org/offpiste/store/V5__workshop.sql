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
