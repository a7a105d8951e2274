package org.offpiste.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.board.NewIdea;
import org.offpiste.project.Project;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.CriterionScore;
import org.offpiste.ranking.CriterionSource;
import org.offpiste.ranking.IdeaScore;

/** Criteria and ratings in a real project file. */
class CriteriaStoreTest {
    @TempDir
    Path dir;

    private static long idea(Project p, String title) {
        return p.ideas().add(new NewIdea(title, "", List.of(), IdeaStatus.INBOX, "Ana")).id();
    }

    @Tag("file")
    @Test
    void theV4SeedReadsItsCriteriaAndWeightedScores() throws Exception {
        Path file = MigrationsTest.fileAtVersion(dir.resolve("v4.offpiste"), 4);
        try (Project p = StoreTesting.files().open(file)) {
            assertThat(p.criteria().criteria()).containsExactly(
                    new Criterion(1, "+20% evening passes", CriterionSource.BRIEF, 2, 0, true),
                    new Criterion(2, "Originality", CriterionSource.ORIGINALITY, 1, 1, true),
                    new Criterion(3, "Feasibility", CriterionSource.FEASIBILITY, 1, 2, true));
            assertThat(p.criteria().scores(1)).extracting(CriterionScore::criterionId, CriterionScore::rater,
                    CriterionScore::score).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1L, "Ana", 4),
                    org.assertj.core.groups.Tuple.tuple(1L, "Ben", 2),
                    org.assertj.core.groups.Tuple.tuple(2L, "Ana", 5));
            Map<Long, IdeaScore> scores = p.criteria().weightedScores();
            assertThat(scores).containsOnlyKeys(1L);
            // criterion 1 (weight 2): mean of 4 and 2 = 3; Originality (weight 1): 5 → (2·3 + 1·5) / 3
            assertThat(scores.get(1L).score()).isCloseTo(11.0 / 3, within(1e-9));
            assertThat(scores.get(1L).raters()).isEqualTo(2);
        }
    }

    @Test
    void addUpdateAndRateSurviveReopening() {
        Path file = dir.resolve("a.offpiste");
        long a;
        long b;
        long quality;
        long cost;
        try (Project p = StoreTesting.files().create(file)) {
            a = idea(p, "Lanterns");
            b = idea(p, "Fondue");
            quality = p.criteria().add("  Quality ", CriterionSource.BRIEF, 1).id();
            Criterion c = p.criteria().add("Cost", CriterionSource.OWN, 0.5);
            cost = c.id();
            assertThat(c.position()).isEqualTo(1);
            assertThatThrownBy(() -> p.criteria().add("quality", CriterionSource.OWN, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists");
            p.criteria().update(c.withWeight(3));
            p.criteria().rate(a, quality, "Ana", 5);
            p.criteria().rate(a, quality, "Ana", 3);   // replaces
            p.criteria().rate(a, quality, "Ben", 4);
            p.criteria().rate(a, cost, "Ana", 1);
            p.criteria().rate(b, quality, "Ana", 2);
        }
        try (Project p = StoreTesting.files().open(file)) {
            assertThat(p.criteria().criteria()).extracting(Criterion::name, Criterion::weight)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Quality", 1.0),
                            org.assertj.core.groups.Tuple.tuple("Cost", 3.0));
            assertThat(p.criteria().scores(a)).extracting(CriterionScore::score).containsExactly(3, 4, 1);
            assertThat(p.criteria().allScores()).hasSize(4);
            Map<Long, IdeaScore> scores = p.criteria().weightedScores();
            // a: quality mean 3.5 (w 1), cost 1 (w 3) → (3.5 + 3) / 4 = 1.625
            assertThat(scores.get(a).score()).isCloseTo(1.625, within(1e-9));
            assertThat(scores.get(a).raters()).isEqualTo(2);
            assertThat(scores.get(b).score()).isCloseTo(2.0, within(1e-9));
        }
    }

    @Test
    void inactiveAndZeroWeightCriteriaAndDeletedIdeasDoNotCount() {
        try (Project p = StoreTesting.files().create(dir.resolve("a.offpiste"))) {
            long a = idea(p, "Lanterns");
            long b = idea(p, "Fondue");
            Criterion quality = p.criteria().add("Quality", CriterionSource.BRIEF, 1);
            Criterion cost = p.criteria().add("Cost", CriterionSource.OWN, 1);
            p.criteria().rate(a, quality.id(), "Ana", 5);
            p.criteria().rate(a, cost.id(), "Ana", 1);
            p.criteria().rate(b, cost.id(), "Ana", 2);
            assertThat(p.criteria().weightedScores().get(a).score()).isCloseTo(3.0, within(1e-9));
            p.criteria().update(new Criterion(cost.id(), "Cost", CriterionSource.OWN, 1, 1, false));
            assertThat(p.criteria().weightedScores().get(a).score()).isCloseTo(5.0, within(1e-9));
            assertThat(p.criteria().weightedScores()).doesNotContainKey(b);
            p.criteria().update(quality.withWeight(0));
            assertThat(p.criteria().weightedScores()).isEmpty();
            p.criteria().update(quality.withWeight(1));
            p.ideas().delete(a);
            assertThat(p.criteria().weightedScores()).isEmpty();
            assertThat(p.criteria().allScores()).hasSize(3);
        }
    }

    @Test
    void ratersCountsThePeopleNotTheBusiestCriterion() {
        try (Project p = StoreTesting.files().create(dir.resolve("r.offpiste"))) {
            long a = idea(p, "Lanterns");
            Criterion originality = p.criteria().add("Originality", CriterionSource.ORIGINALITY, 1);
            Criterion feasibility = p.criteria().add("Feasibility", CriterionSource.FEASIBILITY, 1);
            p.criteria().rate(a, originality.id(), "Alice", 5);
            p.criteria().rate(a, feasibility.id(), "Bob", 3);
            Criterion cost = p.criteria().add("Cost", CriterionSource.OWN, 2);
            p.criteria().rate(a, cost.id(), "alice", 2); // the same person as Alice, in another case
            IdeaScore score = p.criteria().weightedScores().get(a);
            assertThat(score.raters()).isEqualTo(2); // each criterion had one rater: not 1
            assertThat(score.score()).isCloseTo((5 + 3 + 2 * 2) / 4.0, within(1e-9));
        }
    }

    @Test
    void refusesBadScoresWeightsAndUnknownIdeas() {
        try (Project p = StoreTesting.files().create(dir.resolve("a.offpiste"))) {
            long a = idea(p, "Lanterns");
            long q = p.criteria().add("Quality", CriterionSource.BRIEF, 1).id();
            assertThatThrownBy(() -> p.criteria().rate(a, q, "Ana", 6)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> p.criteria().rate(a, q, "Ana", 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> p.criteria().rate(999, q, "Ana", 3))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
            assertThatThrownBy(() -> p.criteria().rate(a, 77, "Ana", 3))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("77");
            assertThatThrownBy(() -> p.criteria().add("Cost", CriterionSource.OWN, -1))
                    .isInstanceOf(IllegalArgumentException.class);
            p.criteria().rate(a, q, "Ana", 3);
            p.criteria().unrate(a, q, "ana");
            assertThat(p.criteria().scores(a)).isEmpty();
        }
    }
}
