-- Data a version-3 project holds, written with version 3's schema (as any SQLite tool could).
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
