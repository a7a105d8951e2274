package org.offpiste.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.BoardService;
import org.offpiste.board.IdeaStatus;
import org.offpiste.project.Project;
import org.offpiste.ranking.CriteriaService;
import org.offpiste.ranking.CriterionScore;
import org.offpiste.ranking.CriterionSource;
import org.offpiste.ranking.Judgement;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.DirectTaskExecutor;

/** The Criteria tab without a screen, on a real project file. */
class CriteriaViewModelTest {
    @TempDir
    Path dir;
    private Project project;
    private BoardService board;
    private CriteriaService criteria;
    private final AtomicReference<String> brief = new AtomicReference<>("Cheap to run\nMemorable");
    private long lanterns;
    private long race;
    private long fondue;

    @BeforeEach
    void open() {
        project = new SqliteProjectFiles().create(dir.resolve("a.offpiste"));
        board = new BoardService(project.ideas(), () -> "Ana");
        criteria = new CriteriaService(project.criteria(), brief::get);
        lanterns = board.add("Lanterns", "", List.of(), IdeaStatus.SHORTLIST).id();
        race = board.add("Moon race", "", List.of(), IdeaStatus.INBOX).id();
        fondue = board.add("Fondue", "", List.of(), IdeaStatus.SHORTLIST).id();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private CriteriaViewModel vm(boolean readOnly) {
        JudgeContext context = new JudgeContext(board, new Judgement(criteria, null, null), null, () -> "Ana",
                new DirectTaskExecutor(), readOnly);
        CriteriaViewModel vm = new CriteriaViewModel(context);
        vm.refresh();
        return vm;
    }

    private static RatingRow row(CriteriaViewModel vm, String title) {
        return vm.getRows().stream().filter(r -> r.titleProperty().get().equals(title)).findFirst().orElseThrow();
    }

    private static CriterionItem item(CriteriaViewModel vm, String name) {
        return vm.getCriteria().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void showsTheBriefsCriteriaAndTheShortlistThenTheInboxToo() {
        CriteriaViewModel vm = vm(false);
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.getCriteria()).extracting(CriterionItem::name)
                .containsExactly("Cheap to run", "Memorable", "Originality", "Feasibility");
        assertThat(vm.getRows()).extracting(r -> r.titleProperty().get()).containsExactlyInAnyOrder("Lanterns", "Fondue");
        assertThat(vm.raterProperty().get()).isEqualTo("Ana");
        vm.scopeProperty().set(RatingScope.INBOX_AND_SHORTLIST);
        assertThat(vm.getRows()).extracting(RatingRow::ideaId).containsExactlyInAnyOrder(lanterns, race, fondue);
    }

    @Test
    void ratingsAreWrittenAtOnceUnderTheRaterWithTheWeightedMeanAcrossRaters() {
        CriteriaViewModel vm = vm(false);
        long cheap = item(vm, "Cheap to run").id();
        long orig = item(vm, "Originality").id();
        RatingRow l = row(vm, "Lanterns");
        vm.rate(l, cheap, 4);
        vm.raterProperty().set("Ben");
        assertThat(row(vm, "Lanterns").scoreProperty(cheap).get()).isZero(); // Ben has not rated yet
        vm.rate(row(vm, "Lanterns"), cheap, 2);
        vm.rate(row(vm, "Lanterns"), orig, 5);
        vm.setWeight(item(vm, "Cheap to run"), 2);
        // cheap: mean of 4 and 2 = 3 (weight 2); originality 5 (weight 1) → 11 / 3
        assertThat(row(vm, "Lanterns").weightedProperty().get()).isCloseTo(11.0 / 3, within(1e-9));
        assertThat(row(vm, "Lanterns").ratersProperty().get()).isEqualTo(2);
        assertThat(row(vm, "Fondue").weightedProperty().get()).isNull();
        assertThat(project.criteria().scores(lanterns)).extracting(CriterionScore::rater, CriterionScore::score)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Ana", 4),
                        org.assertj.core.groups.Tuple.tuple("Ben", 2), org.assertj.core.groups.Tuple.tuple("Ben", 5));
        assertThat(project.criteria().criteria().get(0).weight()).isEqualTo(2.0);

        vm.rate(row(vm, "Lanterns"), orig, 0);  // cleared
        assertThat(row(vm, "Lanterns").scoreProperty(orig).get()).isZero();
        assertThat(row(vm, "Lanterns").weightedProperty().get()).isCloseTo(3.0, within(1e-9));
        vm.raterProperty().set("ana");
        assertThat(row(vm, "Lanterns").scoreProperty(cheap).get()).isEqualTo(4);
    }

    @Test
    void ownCriteriaAreAddedAndRemovedAndTheBriefIsFollowed() {
        CriteriaViewModel vm = vm(false);
        vm.newCriterionProperty().set("  On brand ");
        vm.addOwn();
        assertThat(vm.newCriterionProperty().get()).isEmpty();
        CriterionItem own = item(vm, "On brand");
        assertThat(own.isOwn()).isTrue();
        assertThat(own.source()).isEqualTo(CriterionSource.OWN);
        vm.newCriterionProperty().set("memorable");
        vm.addOwn();
        assertThat(vm.problemProperty().get()).isEqualTo("criteria.error.exists");
        vm.dismissProblem();
        vm.renameOwn(own, "Fits the brand");
        assertThat(vm.getCriteria()).extracting(CriterionItem::name).contains("Fits the brand").doesNotContain("On brand");
        vm.removeOwn(item(vm, "Fits the brand"));
        assertThat(vm.getCriteria()).extracting(CriterionItem::name).doesNotContain("Fits the brand");

        brief.set("Memorable");
        criteria.criteria(); // the brief was edited elsewhere: the tab hears it
        assertThat(vm.getCriteria()).extracting(CriterionItem::name)
                .containsExactly("Memorable", "Originality", "Feasibility");
    }

    @Test
    void readOnlyChangesNothing() {
        CriteriaViewModel vm = vm(true);
        long orig = item(vm, "Originality").id();
        vm.rate(row(vm, "Lanterns"), orig, 3);
        vm.setWeight(item(vm, "Originality"), 3);
        vm.newCriterionProperty().set("Price");
        vm.addOwn();
        assertThat(project.criteria().allScores()).isEmpty();
        assertThat(row(vm, "Lanterns").scoreProperty(orig).get()).isZero();
        assertThat(project.criteria().criteria()).extracting(c -> c.weight()).containsOnly(1.0);
    }
}
