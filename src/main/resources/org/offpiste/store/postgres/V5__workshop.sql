-- Offpiste team board on PostgreSQL, schema version 5: workshops, as in the project file's
-- V5__workshop.sql; and the live feed: every statement that changes a board table tells the
-- other clients (channel offpiste_board), naming the writer's client id (offpiste.client, set by
-- each connection of the app) so that a client can ignore its own changes. Notifications of one
-- transaction with the same text are delivered once, at commit.
CREATE TABLE workshop_state (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    agenda       TEXT NOT NULL,
    block_index  INTEGER NOT NULL DEFAULT 0 CHECK (block_index >= 0),
    running      INTEGER NOT NULL DEFAULT 0 CHECK (running IN (0, 1)),
    ends_at      TEXT,
    remaining_ms BIGINT NOT NULL DEFAULT 0,
    revealed     INTEGER NOT NULL DEFAULT 1 CHECK (revealed IN (0, 1)),
    updated_at   TEXT NOT NULL
);

ALTER TABLE idea ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;

-- A text refused because someone else changed the idea meanwhile is kept as a version of kind
-- 'conflicted' (as in the project file's V5, which has to rebuild the table for it).
ALTER TABLE idea_version DROP CONSTRAINT idea_version_kind_check;
ALTER TABLE idea_version ADD CONSTRAINT idea_version_kind_check CHECK (kind IN ('created', 'edited', 'refined',
    'restored', 'merged', 'forked', 'conflicted'));

CREATE FUNCTION offpiste_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('offpiste_board', coalesce(current_setting('offpiste.client', true), ''));
    RETURN NULL;
END;
$$;

-- Ballots notify without the writer's client id: an anonymous ballot must not be tied, through the
-- feed, to the client whose named writes say who sits there. (The writer hears its own ballot as
-- someone else's change: one more refresh.)
CREATE FUNCTION offpiste_notify_unsigned() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('offpiste_board', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON brief_version FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON idea FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON tag FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON idea_tag FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON idea_fts FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON conversation FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON message FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON project_setting FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON idea_origin FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON capture FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON idea_embedding FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON idea_novelty FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON baseline FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON baseline_item FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON theme FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON theme_member FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON visual_prompt FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON idea_version FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON idea_comment FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON criterion FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON rating FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON vote_round FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON vote_candidate FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON ballot FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify_unsigned();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON ballot_vote FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify_unsigned();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON duel FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
CREATE TRIGGER offpiste_notify AFTER INSERT OR UPDATE OR DELETE ON workshop_state FOR EACH STATEMENT EXECUTE FUNCTION offpiste_notify();
