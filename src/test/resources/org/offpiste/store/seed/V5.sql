-- Data a version-5 project holds, written with version 5's schema (as any SQLite tool could).
INSERT INTO brief_version (id, created_at, updated_at, title, client, insight, success_criteria)
VALUES (1, '2026-01-02T03:04:05.006Z', '2026-01-02T03:10:00.000Z', 'Night skiing', 'Alpine Co',
        'Dark slopes feel like a secret', '+20% evening passes');
INSERT INTO idea (id, title, body, status, author, created_at, updated_at)
VALUES (1, 'Télésiège lanterns', 'Lights along the lift', 'shortlist', 'Ana',
        '2026-01-02T03:05:00.000Z', '2026-01-02T03:06:00.000Z');
INSERT INTO idea (id, title, body, status, author, created_at, updated_at)
VALUES (2, 'Moonlight race', 'A race under the full moon', 'inbox', 'Ben',
        '2026-01-02T03:07:00.000Z', '2026-01-02T03:07:00.000Z');
INSERT INTO tag (id, name) VALUES (1, 'night');
INSERT INTO tag (id, name) VALUES (2, 'event');
INSERT INTO idea_tag (idea_id, tag_id) VALUES (1, 1);
INSERT INTO idea_tag (idea_id, tag_id) VALUES (2, 1);
INSERT INTO idea_tag (idea_id, tag_id) VALUES (2, 2);
INSERT INTO idea_fts (rowid, title, body, tags) VALUES (1, 'Télésiège lanterns', 'Lights along the lift', 'night');
INSERT INTO idea_fts (rowid, title, body, tags) VALUES (2, 'Moonlight race', 'A race under the full moon', 'event night');
INSERT INTO conversation (id, title, created_at, updated_at)
VALUES (1, 'Night ideas', '2026-01-02T03:11:00.000Z', '2026-01-02T03:12:00.000Z');
INSERT INTO message (id, conversation_id, parent_id, role, text, status, created_at, updated_at, chosen_at,
                     provider, model, mode, technique, brief_version_id, idea_ids, prompt, failure)
VALUES (1, 1, NULL, 'user', 'Go wild', 'complete', '2026-01-02T03:11:00.000Z', '2026-01-02T03:11:00.000Z',
        '2026-01-02T03:11:00.000Z', '', '', 'diverge', 'crazy-8s', 1, '', 'Crazy 8s. Go wild', NULL);
INSERT INTO message (id, conversation_id, parent_id, role, text, status, created_at, updated_at, chosen_at,
                     provider, model, mode, technique, brief_version_id, idea_ids, prompt, failure)
VALUES (2, 1, 1, 'assistant', '1. Moon slalom', 'incomplete', '2026-01-02T03:11:01.000Z',
        '2026-01-02T03:12:00.000Z', '2026-01-02T03:11:01.000Z', 'ollama', 'llama3.2', 'diverge', 'crazy-8s', 1,
        '1,2', '### user', 'STALLED');
INSERT INTO project_setting (key, value) VALUES ('provider', 'ollama');
INSERT INTO project_setting (key, value) VALUES ('model', 'llama3.2');
INSERT INTO idea_origin (idea_id, conversation_id, message_id, mode, technique, facet, provider, model,
                         brief_version_id, by_hand, created_at)
VALUES (2, 1, 2, 'diverge', 'crazy-8s', '', 'ollama', 'llama3.2', 1, 0, '2026-01-02T03:07:00.000Z');
INSERT INTO capture (id, message_id, item_index, title, body, facet, idea_id, duplicate_of, similarity, created_at)
VALUES (1, 2, 0, 'Moonlight race', 'A race under the full moon', '', 2, NULL, NULL, '2026-01-02T03:07:00.000Z');
INSERT INTO baseline (brief_version_id, provider, model, prompt, answer, created_at)
VALUES (1, 'ollama', 'llama3.2', 'Give me ideas', '1. Discount night passes', '2026-01-02T03:08:00.000Z');
INSERT INTO theme (id, name, named_by, position, created_at) VALUES (1, 'Night events', 'words', 0, '2026-01-02T03:09:00.000Z');
INSERT INTO theme_member (idea_id, theme_id) VALUES (2, 1);
INSERT INTO visual_prompt (id, idea_id, generator, prompt, negative, message_id, created_at)
VALUES (1, 1, 'midjourney', 'lanterns on a chairlift at night --ar 4:5', '', NULL, '2026-01-02T03:09:30.000Z');
INSERT INTO idea_version (id, idea_id, parent_id, kind, title, body, tags, made_by, by_model, created_at)
VALUES (1, 1, NULL, 'created', 'Lanterns', 'Lights', 'night', 'Ana', 0, '2026-01-02T03:05:00.000Z');
INSERT INTO idea_version (id, idea_id, parent_id, kind, title, body, tags, made_by, by_model, instruction, created_at)
VALUES (2, 1, 1, 'refined', 'Télésiège lanterns', 'Lights along the lift', 'night', 'ollama · llama3.2', 1,
        'make it cheaper', '2026-01-02T03:06:00.000Z');
INSERT INTO idea_version (id, idea_id, parent_id, kind, title, body, tags, made_by, by_model, created_at)
VALUES (3, 2, NULL, 'created', 'Moonlight race', 'A race under the full moon', 'event' || char(10) || 'night', 'Ben', 0,
        '2026-01-02T03:07:00.000Z');
INSERT INTO idea_version (id, idea_id, parent_id, kind, title, body, tags, made_by, by_model, created_at)
VALUES (4, 1, 2, 'conflicted', 'Lanterns on every chair', 'Lights along the lift', 'night', 'Ben', 0,
        '2026-01-02T03:06:30.000Z');
INSERT INTO idea_comment (id, idea_id, author, body, created_at)
VALUES (1, 1, 'Ben', 'Cheap enough for March?', '2026-01-02T03:20:00.000Z');
INSERT INTO criterion (id, name, source, weight, position, active, created_at)
VALUES (1, '+20% evening passes', 'brief', 2, 0, 1, '2026-01-02T03:21:00.000Z');
INSERT INTO criterion (id, name, source, weight, position, active, created_at)
VALUES (2, 'Originality', 'originality', 1, 1, 1, '2026-01-02T03:21:00.000Z');
INSERT INTO criterion (id, name, source, weight, position, active, created_at)
VALUES (3, 'Feasibility', 'feasibility', 1, 2, 1, '2026-01-02T03:21:00.000Z');
INSERT INTO rating (idea_id, criterion_id, rater, score, rated_at) VALUES (1, 1, 'Ana', 4, '2026-01-02T03:22:00.000Z');
INSERT INTO rating (idea_id, criterion_id, rater, score, rated_at) VALUES (1, 1, 'Ben', 2, '2026-01-02T03:22:00.000Z');
INSERT INTO rating (idea_id, criterion_id, rater, score, rated_at) VALUES (1, 2, 'Ana', 5, '2026-01-02T03:22:00.000Z');
INSERT INTO vote_round (id, name, anonymous, allowance, max_per_idea, created_at)
VALUES (1, 'Shortlist vote', 0, 2, 2, '2026-01-02T03:30:00.000Z');
INSERT INTO vote_round (id, name, anonymous, allowance, max_per_idea, created_at)
VALUES (2, 'Secret vote', 1, 1, 1, '2026-01-02T03:41:00.000Z');
INSERT INTO vote_candidate (round_id, idea_id, position) VALUES (1, 1, 0);
INSERT INTO vote_candidate (round_id, idea_id, position) VALUES (1, 2, 1);
INSERT INTO vote_candidate (round_id, idea_id, position) VALUES (2, 1, 0);
INSERT INTO vote_candidate (round_id, idea_id, position) VALUES (2, 2, 1);
INSERT INTO ballot (id, round_id, voter, cast_at) VALUES (1, 1, 'Ana', '2026-01-02T03:31:00.000Z');
INSERT INTO ballot_vote (ballot_id, idea_id, dots) VALUES (1, 1, 2);
INSERT INTO ballot (id, round_id, voter, cast_at) VALUES (2, 1, 'Ben', '2026-01-02T03:32:00.000Z');
INSERT INTO ballot_vote (ballot_id, idea_id, dots) VALUES (2, 1, 1);
INSERT INTO ballot_vote (ballot_id, idea_id, dots) VALUES (2, 2, 1);
UPDATE vote_round SET closed_at = '2026-01-02T03:40:00.000Z' WHERE id = 1;
INSERT INTO ballot (id, round_id) VALUES (3, 2);
INSERT INTO vote_participant (round_id, voter) VALUES (2, 'Cleo');
INSERT INTO ballot_vote (ballot_id, idea_id, dots) VALUES (3, 2, 1);
INSERT INTO duel (id, left_id, right_id, result, rater, created_at)
VALUES (1, 1, 2, 'left', 'Ana', '2026-01-02T03:50:00.000Z');
INSERT INTO duel (id, left_id, right_id, result, rater, created_at)
VALUES (2, 2, 1, 'tie', '', '2026-01-02T03:51:00.000Z');
INSERT INTO workshop_state (id, agenda, block_index, running, ends_at, remaining_ms, revealed, updated_at)
VALUES (1, '{"format":1,"agendas":[{"name":"Seeded","blocks":[{"kind":"DEBRIEF","seconds":600}]}]}', 0, 0, NULL, 600000, 1,
        '2026-01-02T04:00:00.000Z');
