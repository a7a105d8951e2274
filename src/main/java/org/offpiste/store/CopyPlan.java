package org.offpiste.store;

import java.util.List;

/**
 * The tables of a board in the order a copy writes them: every table of the schema (both dialects
 * have the same ones, from the same migrations V1..V5) but the full-text index, which the copy
 * rebuilds. A table comes after the tables it refers to; a column that refers to its own table
 * (or that a trigger checks against later rows, like a round's closing time) is written once all
 * rows are in.
 */
final class CopyPlan {
    /**
     * One table: its primary key (the copy's order), whether {@code id} is an identity whose
     * sequence the copy carries over, and the columns written after all rows.
     */
    record Table(String name, List<String> key, boolean identity, List<String> later) {
        Table {
            key = List.copyOf(key);
            later = List.copyOf(later);
        }

        static Table withId(String name, String... later) {
            return new Table(name, List.of("id"), true, List.of(later));
        }

        static Table keyed(String name, String... key) {
            return new Table(name, List.of(key), false, List.of());
        }
    }

    /** Every table, in foreign-key order. */
    static final List<Table> TABLES = List.of(
            Table.withId("brief_version"),
            Table.withId("idea", "merged_into"),
            Table.withId("tag"),
            Table.keyed("idea_tag", "idea_id", "tag_id"),
            Table.withId("conversation"),
            Table.withId("message", "parent_id"),
            Table.keyed("project_setting", "key"),
            Table.keyed("idea_origin", "idea_id"),
            Table.withId("capture"),
            Table.keyed("idea_embedding", "idea_id"),
            Table.keyed("idea_novelty", "idea_id"),
            Table.keyed("baseline", "brief_version_id"),
            Table.keyed("baseline_item", "brief_version_id", "item_index"),
            Table.withId("theme"),
            Table.keyed("theme_member", "idea_id"),
            Table.withId("visual_prompt"),
            Table.withId("idea_version", "parent_id", "merged_from_id"),
            Table.withId("idea_comment"),
            Table.withId("criterion"),
            Table.keyed("rating", "idea_id", "criterion_id", "rater"),
            Table.withId("vote_round", "closed_at"),
            Table.keyed("vote_candidate", "round_id", "idea_id"),
            Table.withId("ballot"),
            Table.keyed("ballot_vote", "ballot_id", "idea_id"),
            Table.keyed("vote_participant", "round_id", "voter"),
            Table.withId("duel"),
            Table.keyed("workshop_state", "id"));

    /** The full-text index of live ideas: never copied, rebuilt from the ideas on the target. */
    static final String SEARCH_INDEX = "idea_fts";

    private CopyPlan() {
    }
}
