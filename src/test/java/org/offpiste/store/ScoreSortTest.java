package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
        try (Project p = new SqliteProjectFiles(new StepClock()).create(dir.resolve("a.offpiste"))) {
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

    @Test
    void parsesScore() {
        assertThat(IdeaSort.parse(" Score ")).isEqualTo(IdeaSort.SCORE);
        assertThat(IdeaSort.SCORE.key()).isEqualTo("score");
    }
}
