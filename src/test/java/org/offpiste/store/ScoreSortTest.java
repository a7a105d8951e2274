package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaQuery;
import org.offpiste.board.IdeaSort;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.ranking.CriterionSource;

/** The board's SCORE order: best weighted score first, ties by raters then age, unrated ideas last (newest first). */
class ScoreSortTest {
    @TempDir
    Path dir;

    private static long idea(Project p, String title, IdeaStatus status) {
        return p.ideas().add(new NewIdea(title, "", List.of("t"), status, "Ana")).id();
    }

    @Test
    void bestScoreFirstTiesByRatersThenOlderAndUnratedLast() {
        try (Project p = StoreTesting.files(new StepClock()).create(dir.resolve("a.offpiste"))) {
            long a = idea(p, "A", IdeaStatus.INBOX);
            long b = idea(p, "B", IdeaStatus.SHORTLIST);
            long c = idea(p, "C", IdeaStatus.INBOX);
            long d = idea(p, "D", IdeaStatus.INBOX);
            long e = idea(p, "E", IdeaStatus.INBOX);
            long f = idea(p, "F", IdeaStatus.SHORTLIST);
            long q = p.criteria().add("Quality", CriterionSource.BRIEF, 2).id();
            long o = p.criteria().add("Originality", CriterionSource.ORIGINALITY, 1).id();
            p.criteria().rate(a, q, "Ana", 3);               // 3
            p.criteria().rate(b, q, "Ana", 4);               // (2·4 + 1·1) / 3 = 3
            p.criteria().rate(b, o, "Ana", 1);
            p.criteria().rate(c, q, "Ana", 5);               // 5
            p.criteria().rate(d, q, "Ana", 2);               // mean 3, two raters
            p.criteria().rate(d, q, "Ben", 4);
            assertThat(p.ideas().queryIds(IdeaQuery.all().withSort(IdeaSort.SCORE)))
                    .containsExactly(c, d, a, b, f, e);
            assertThat(p.ideas().queryIds(IdeaQuery.all().withSort(IdeaSort.SCORE)
                    .withStatuses(Set.of(IdeaStatus.SHORTLIST)))).containsExactly(b, f);
            assertThat(p.ideas().query(IdeaQuery.all().withSort(IdeaSort.SCORE).withText("C")))
                    .extracting(Idea::id).containsExactly(c);
            p.ideas().delete(c);
            p.criteria().update(p.criteria().criteria().get(0).withWeight(0)); // only Originality counts now
            assertThat(p.ideas().queryIds(IdeaQuery.all().withSort(IdeaSort.SCORE)))
                    .containsExactly(b, f, e, d, a);
        }
    }

    /** Equal scores and raters: the older idea (smaller id) first; unrated ideas created at the same moment: the newer id first. */
    @Test
    void tiesAreBrokenByIdOnBothSidesWhenTheTimesAreEqual() {
        Clock still = Clock.fixed(Instant.parse("2026-11-29T01:00:00Z"), ZoneOffset.UTC);
        try (Project p = StoreTesting.files(still).create(dir.resolve("a.offpiste"))) {
            long a = idea(p, "A", IdeaStatus.INBOX);
            long b = idea(p, "B", IdeaStatus.INBOX);
            long c = idea(p, "C", IdeaStatus.INBOX);
            long d = idea(p, "D", IdeaStatus.INBOX);
            long e = idea(p, "E", IdeaStatus.INBOX);
            long q = p.criteria().add("Quality", CriterionSource.BRIEF, 1).id();
            long zero = p.criteria().add("Weightless", CriterionSource.BRIEF, 0).id();
            p.criteria().rate(d, q, "Ana", 4);
            p.criteria().rate(b, q, "Ben", 4);
            p.criteria().rate(e, zero, "Ana", 5);            // weight 0: still unrated
            assertThat(p.ideas().queryIds(IdeaQuery.all().withSort(IdeaSort.SCORE)))
                    .containsExactly(b, d, e, c, a);
        }
    }

    /** The view {@code idea_score} aggregates every rating: the SCORE order reads it once, not again for the unrated ideas. */
    @Tag("file")
    @Test
    void theScoreOrderReadsTheRatingsOnce() {
        try (Project p = StoreTesting.files().create(dir.resolve("a.offpiste"))) {
            IdeaQuery query = IdeaQuery.all().withSort(IdeaSort.SCORE);
            List<String> scored = StoreTesting.db(p).read(c -> {
                QuerySql q = QuerySql.filter(c, query, true);
                return plan(q, c, q.selectScored("i.id"));
            });
            List<String> rest = StoreTesting.db(p).read(c -> {
                QuerySql q = QuerySql.filter(c, query, true);
                return plan(q, c, q.select("i.id", IdeaSort.SCORE) + q.orderBy(IdeaSort.SCORE));
            });
            assertThat(scored).as(scored.toString()).anyMatch(ScoreSortTest::readsRatings);
            assertThat(rest).as(rest.toString()).noneMatch(ScoreSortTest::readsRatings);
        }
    }

    private static boolean readsRatings(String detail) {
        return detail.matches("(SCAN|SEARCH) r( .*)?");
    }

    private static List<String> plan(QuerySql q, java.sql.Connection c, String sql) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = q.prepare(c, "EXPLAIN QUERY PLAN " + sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString("detail"));
            }
        }
        return out;
    }

    @Test
    void parsesScore() {
        assertThat(IdeaSort.parse(" Score ")).isEqualTo(IdeaSort.SCORE);
        assertThat(IdeaSort.SCORE.key()).isEqualTo("score");
    }
}
