package org.offpiste.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.ranking.CriteriaService;
import org.offpiste.ranking.IdeaScore;
import org.offpiste.store.SqliteProjectFiles;

/** The cards' weighted scores: read in the background, again after each rating. */
class CardScoresTest {
    @TempDir
    Path dir;

    @Test
    void scoresAreReadOffTheUiThreadAndFollowEachRating() {
        try (Project p = new SqliteProjectFiles().create(dir.resolve("a.offpiste"))) {
            BoardService board = new BoardService(p.ideas(), () -> "Ana");
            CriteriaService criteria = new CriteriaService(p.criteria(), () -> "Cheap");
            criteria.addListener(board::changedElsewhere);
            long a = board.add("Lanterns", "", List.of(), IdeaStatus.SHORTLIST).id();
            long cheap = criteria.find("cheap").orElseThrow().id();
            long orig = criteria.find("originality").orElseThrow().id();
            criteria.setWeight(cheap, 2);
            criteria.rate(a, cheap, "Ana", 4);
            criteria.rate(a, cheap, "Ben", 2);
            AtomicInteger reads = new AtomicInteger();
            FakeIdeation engine = new FakeIdeation();
            BoardIdeation base = engine.ideation();
            BoardIdeation ideation = new BoardIdeation(base.meter(), base.baselines(), base.themes(), base.origins(),
                    base.techniques(), () -> {
                        reads.incrementAndGet();
                        return criteria.scores();
                    });
            QueuedTaskExecutor executor = new QueuedTaskExecutor();
            BoardViewModel vm = new BoardViewModel(board, executor, false);
            BoardInsightsViewModel insights = new BoardInsightsViewModel(vm, board, ideation, executor,
                    new Messages(Messages.ENGLISH));
            CardScores scores = insights.scores();
            assertThat(reads.get()).isZero();   // nothing read on the UI thread
            assertThat(scores.score(a)).isEmpty();
            executor.runAll();
            assertThat(scores.score(a).orElseThrow().score()).isCloseTo(3.0, within(1e-9));
            long before = scores.revisionProperty().get();

            criteria.rate(a, orig, "Ana", 5);  // (2·3 + 1·5) / 3
            executor.runAll();
            IdeaScore s = scores.score(a).orElseThrow();
            assertThat(s.score()).isCloseTo(11.0 / 3, within(1e-9));
            assertThat(s.raters()).isEqualTo(2);
            assertThat(scores.revisionProperty().get()).isGreaterThan(before);
            Messages en = new Messages(Messages.ENGLISH);
            assertThat(en.get("board.card.score", s.score())).isEqualTo("★ 3.7");
            assertThat(en.get("board.card.scoreTooltip", s.score(), s.raters())).isEqualTo("Weighted score 3.7 from 2 raters");
            assertThat(new Messages(Messages.FRENCH).get("board.card.score", s.score())).isEqualTo("★ 3,7");
            insights.dispose();
            vm.dispose();
        }
    }
}
