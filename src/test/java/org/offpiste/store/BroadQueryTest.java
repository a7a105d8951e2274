package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;

/** Filters matching many ideas walk the sort index (INDEXED BY) and give the same answers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BroadQueryTest {
    private static final int N = QuerySql.BROAD * 2 + 10;
    private Project project;
    private List<Idea> all;

    @BeforeAll
    void fill(@TempDir Path dir) {
        project = StoreTesting.files(new StepClock()).create(dir.resolve("broad.offpiste"));
        List<NewIdea> ideas = new ArrayList<>();
        IdeaStatus[] statuses = IdeaStatus.values();
        for (int i = 0; i < N; i++) {
            List<String> tags = i % 2 == 0 ? List.of("x", "even") : List.of("x");
            ideas.add(new NewIdea((i % 3 == 0 ? "Snow " : "snow ") + (N - i), "body", tags, statuses[i % 4], "me"));
        }
        all = project.ideas().addAll(ideas);
        project.ideas().delete(all.get(0).id());
        project.ideas().update(all.get(1).withContent("snow edited", "", List.of("x"), IdeaStatus.REJECTED));
        all = project.ideas().query(IdeaQuery.all());
    }

    @AfterAll
    void close() {
        project.close();
    }

    private static Comparator<Idea> order(IdeaSort sort) {
        Comparator<Idea> newest = Comparator.comparing(Idea::updatedAt).thenComparing(Idea::id).reversed();
        switch (sort) {
            case CREATED:
            case NOVELTY:
            case SCORE: // nothing rated: newest first, as the unrated part of that order
                return Comparator.comparing(Idea::createdAt).thenComparing(Idea::id).reversed();
            case TITLE:
                return Comparator.comparing((Idea i) -> i.title().toLowerCase()).thenComparing(Idea::id);
            case STATUS:
                return Comparator.comparing((Idea i) -> i.status().ordinal()).thenComparing(newest);
            default:
                return newest;
        }
    }

    @Test
    void broadTextTagAndStatusQueriesMatchAPlainComputation() {
        for (IdeaSort sort : IdeaSort.values()) {
            IdeaQuery q = IdeaQuery.all().withText("sno").withTags(Set.of("X", "even")).withSort(sort)
                    .withStatuses(Set.of(IdeaStatus.INBOX, IdeaStatus.PARKED));
            long[] expected = all.stream().filter(i -> i.tags().contains("even"))
                    .filter(i -> i.status() == IdeaStatus.INBOX || i.status() == IdeaStatus.PARKED)
                    .sorted(order(sort)).mapToLong(Idea::id).toArray();
            assertThat(expected.length).isGreaterThan(QuerySql.BROAD / 2);
            assertThat(project.ideas().queryIds(q)).as(sort.toString()).containsExactly(expected);
            long[] everything = all.stream().sorted(order(sort)).mapToLong(Idea::id).toArray();
            assertThat(project.ideas().queryIds(IdeaQuery.all().withSort(sort))).containsExactly(everything);
        }
    }

    @Tag("file")
    @Test
    void broadQueriesAreAnsweredFromTheSortIndex() {
        String plan = StoreTesting.db(project).read(c -> {
            QuerySql q = QuerySql.filter(c, IdeaQuery.all().withText("snow").withTags(Set.of("x")), true);
            assertThat(q.broad()).isTrue();
            StringBuilder out = new StringBuilder();
            try (var ps = q.prepare(c, "EXPLAIN QUERY PLAN " + q.select("i.id", IdeaSort.TITLE)
                    + q.orderBy(IdeaSort.TITLE)); var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString("detail")).append('\n');
                }
            }
            return out.toString();
        });
        // "USING INDEX" without COVERING: the row is only looked up if a column outside the index is
        // read (SQLite's deferred seek); here none is, as deleted_at is implied by the partial index.
        assertThat(plan).containsPattern("SCAN i USING (COVERING )?INDEX idea_by_title").doesNotContain("TEMP B-TREE");
    }

    @Test
    void countsAndTagsOfABroadQuery() {
        Map<IdeaStatus, Integer> counts = project.ideas().countByStatus(IdeaQuery.all().withText("snow")
                .withTags(Set.of("x")).withStatuses(Set.of(IdeaStatus.INBOX)));
        for (IdeaStatus s : IdeaStatus.values()) {
            assertThat(counts.get(s)).isEqualTo((int) all.stream().filter(i -> i.status() == s).count());
        }
        assertThat(project.ideas().tags()).extracting(t -> t.tag() + "=" + t.count())
                .containsExactly("x=" + all.size(), "even=" + all.stream().filter(i -> i.tags().contains("even")).count());
    }
}
