package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;
import org.offpiste.project.Project;

/** Board queries are answered by the indexes: no table scan, no sorting of the rows (SQLite's plans). */
@Tag(StoreTesting.FILE)
class QueryPlanTest {
    @TempDir
    Path dir;

    private static List<String> plan(Project p, IdeaQuery query) {
        return StoreTesting.db(p).read(c -> {
            QuerySql q = QuerySql.filter(c, query, true);
            String sql = "EXPLAIN QUERY PLAN " + q.select("i.id", query.sort()) + q.orderBy(query.sort());
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = q.prepare(c, sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString("detail"));
                }
            }
            return out;
        });
    }

    @ParameterizedTest
    @EnumSource(IdeaSort.class)
    void eachSortWalksAnIndexInOrder(IdeaSort sort) {
        try (Project p = StoreTesting.files().create(dir.resolve("p.offpiste"))) {
            for (IdeaQuery q : List.of(IdeaQuery.all().withSort(sort),
                    IdeaQuery.all().withSort(sort).withStatuses(Set.of(IdeaStatus.PARKED)))) {
                List<String> plan = plan(p, q);
                assertThat(plan).as(q + " " + plan).noneMatch(d -> d.contains("TEMP B-TREE FOR ORDER BY"))
                        .anyMatch(d -> d.startsWith("SCAN i USING") && d.contains("INDEX idea_by_"));
            }
        }
    }

    /**
     * With tags or words, SQLite may start from the matching ideas (the tag index, the full-text
     * index) and sort those; it never scans a table.
     */
    @ParameterizedTest
    @EnumSource(IdeaSort.class)
    void tagAndTextFiltersUseIndexes(IdeaSort sort) {
        try (Project p = StoreTesting.files().create(dir.resolve("p.offpiste"))) {
            List<String> tags = plan(p, IdeaQuery.all().withSort(sort).withTags(Set.of("a", "b")));
            assertThat(tags).as(tags.toString()).noneMatch(QueryPlanTest::tableScan)
                    .anyMatch(d -> d.contains("idea_tag_by_tag"));
            List<String> text = plan(p, IdeaQuery.all().withSort(sort).withText("snow globe").withTags(Set.of("a")));
            assertThat(text).as(text.toString()).noneMatch(QueryPlanTest::tableScan)
                    .anyMatch(d -> d.contains("idea_fts VIRTUAL TABLE INDEX"));
        }
    }

    private static boolean tableScan(String detail) {
        return detail.matches("SCAN (i|it|t)( .*)?") && !detail.contains("INDEX");
    }
}
