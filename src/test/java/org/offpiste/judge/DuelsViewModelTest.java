package org.offpiste.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ui.DirectTaskExecutor;
import org.offpiste.ui.TaskExecutor;

/** The duels tab on a real project file, with the synchronous executor (and a held-back one). */
class DuelsViewModelTest {
    @TempDir
    Path dir;
    private JudgeFixture f;

    @BeforeEach
    void open() {
        f = new JudgeFixture(dir.resolve("a.offpiste")).briefTitled("Night skiing");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private DuelsViewModel vm(TaskExecutor executor, boolean readOnly) {
        DuelsViewModel vm = new DuelsViewModel(f.context(executor, readOnly));
        vm.refresh();
        return vm;
    }

    private List<DuelRecord> stored() {
        return f.project.duels().duels();
    }

    @Test
    void itShowsTwoDifferentIdeasAndTheBriefsTitle() {
        f.idea("Lanterns", IdeaStatus.INBOX);
        f.idea("Fondue", IdeaStatus.SHORTLIST);
        f.idea("Parked one", IdeaStatus.PARKED);

        DuelsViewModel vm = vm(new DirectTaskExecutor(), false);

        assertThat(vm.stateProperty().get()).isEqualTo(DuelsScreenState.PAIR);
        assertThat(List.of(vm.leftProperty().get().title(), vm.rightProperty().get().title()))
                .containsExactlyInAnyOrder("Lanterns", "Fondue");
        assertThat(vm.briefTitleProperty().get()).isEqualTo("Night skiing");
        assertThat(vm.canJudgeProperty().get()).isTrue();
    }

    @Test
    void aWorkshopsTopNKeepsTheDuelsAmongTheBestRankedIdeasUntilItIsLifted() {
        Idea best = f.idea("Best", IdeaStatus.INBOX);
        f.idea("Unrated one", IdeaStatus.INBOX);
        Idea second = f.idea("Second", IdeaStatus.INBOX);
        f.idea("Unrated two", IdeaStatus.INBOX);
        Idea third = f.idea("Third", IdeaStatus.INBOX);
        long criterion = f.judgement.criteria().criteria().get(0).id();
        f.judgement.criteria().rate(best.id(), criterion, "Ana", 5);
        f.judgement.criteria().rate(second.id(), criterion, "Ana", 4);
        f.judgement.criteria().rate(third.id(), criterion, "Ana", 2);
        DuelsViewModel vm = vm(new DirectTaskExecutor(), false);

        vm.topNProperty().set(2);
        for (int k = 0; k < 6; k++) {
            assertThat(List.of(vm.leftProperty().get().title(), vm.rightProperty().get().title()))
                    .containsExactlyInAnyOrder("Best", "Second");
            if (k % 2 == 0) {
                vm.leftWins();
            } else {
                vm.skip();
            }
        }
        vm.topNProperty().set(3);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < 12; k++) {
            seen.add(vm.leftProperty().get().title());
            seen.add(vm.rightProperty().get().title());
            vm.cannotDecide();
        }
        assertThat(seen).containsExactlyInAnyOrder("Best", "Second", "Third");

        vm.topNProperty().set(0);
        seen.clear();
        for (int k = 0; k < 20; k++) {
            seen.add(vm.leftProperty().get().title());
            seen.add(vm.rightProperty().get().title());
            vm.cannotDecide();
        }
        assertThat(seen).as("all ideas again").contains("Unrated one", "Unrated two");
    }

    @Test
    void eachJudgementIsStoredUnderTheRaterAndCounted() {
        for (String t : List.of("A", "B", "C", "D")) {
            f.idea(t, IdeaStatus.INBOX);
        }
        DuelsViewModel vm = vm(new DirectTaskExecutor(), false);

        Idea left = vm.leftProperty().get();
        Idea right = vm.rightProperty().get();
        vm.leftWins();
        Idea left2 = vm.leftProperty().get();
        Idea right2 = vm.rightProperty().get();
        vm.rightWins();
        vm.cannotDecide();

        assertThat(stored()).extracting(DuelRecord::duel).startsWith(
                new Duel(left.id(), right.id(), Duel.Result.LEFT), new Duel(left2.id(), right2.id(), Duel.Result.RIGHT));
        assertThat(stored()).hasSize(3).allSatisfy(d -> assertThat(d.rater()).isEqualTo("Ana"));
        assertThat(stored().get(2).result()).isEqualTo(Duel.Result.TIE);
        assertThat(vm.sessionCountProperty().get()).isEqualTo(3);
        assertThat(vm.totalCountProperty().get()).isEqualTo(3);
    }

    @Test
    void theTotalCountsEarlierDuelsAndTheSessionOnlyItsOwn() {
        Idea a = f.idea("A", IdeaStatus.INBOX);
        Idea b = f.idea("B", IdeaStatus.INBOX);
        f.judgement.duels().record(a.id(), b.id(), Duel.Result.LEFT, "Ben");
        DuelsViewModel vm = vm(new DirectTaskExecutor(), false);

        vm.rightWins();

        assertThat(vm.sessionCountProperty().get()).isEqualTo(1);
        assertThat(vm.totalCountProperty().get()).isEqualTo(2);
    }

    @Test
    void undoTakesTheLastDuelBackAndShowsItsPairAgain() {
        for (String t : List.of("A", "B", "C")) {
            f.idea(t, IdeaStatus.INBOX);
        }
        DuelsViewModel vm = vm(new DirectTaskExecutor(), false);
        vm.leftWins();
        Idea left = vm.leftProperty().get();
        Idea right = vm.rightProperty().get();
        vm.rightWins();

        vm.undo();

        assertThat(stored()).hasSize(1);
        assertThat(vm.leftProperty().get()).isEqualTo(left);
        assertThat(vm.rightProperty().get()).isEqualTo(right);
        assertThat(vm.sessionCountProperty().get()).isEqualTo(1);
        vm.undo();
        vm.undo();
        assertThat(stored()).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void skipKeepsNothingAndShowsAnotherPair() {
        for (String t : List.of("A", "B", "C")) {
            f.idea(t, IdeaStatus.INBOX);
        }
        DuelsViewModel vm = vm(new DirectTaskExecutor(), false);
        List<Long> before = List.of(vm.leftProperty().get().id(), vm.rightProperty().get().id());

        vm.skip();

        List<Long> after = List.of(vm.leftProperty().get().id(), vm.rightProperty().get().id());
        assertThat(after).doesNotContainSequence(before).isNotEqualTo(List.of(before.get(1), before.get(0)));
        assertThat(stored()).isEmpty();
        assertThat(vm.sessionCountProperty().get()).isZero();
    }

    @Test
    void fewerThanTwoIdeasIsExplainedAndTheShortlistCanBeChosen() {
        f.idea("A", IdeaStatus.INBOX);
        f.idea("B", IdeaStatus.SHORTLIST);
        DuelsViewModel vm = vm(new DirectTaskExecutor(), false);
        assertThat(vm.stateProperty().get()).isEqualTo(DuelsScreenState.PAIR);

        vm.candidatesProperty().set(IdeaScope.SHORTLIST);

        assertThat(vm.stateProperty().get()).isEqualTo(DuelsScreenState.TOO_FEW);
        assertThat(vm.canJudgeProperty().get()).isFalse();
        vm.leftWins();
        assertThat(stored()).isEmpty();
    }

    @Test
    void aReadOnlyProjectShowsThePairButKeepsNothing() {
        f.idea("A", IdeaStatus.INBOX);
        f.idea("B", IdeaStatus.INBOX);
        DuelsViewModel vm = vm(new DirectTaskExecutor(), true);

        vm.leftWins();
        vm.cannotDecide();

        assertThat(vm.stateProperty().get()).isEqualTo(DuelsScreenState.PAIR);
        assertThat(vm.canJudgeProperty().get()).isFalse();
        assertThat(stored()).isEmpty();
    }

    @Test
    void theNextPairComesBeforeTheWriteEndsAndAnUndoBeforeItIsKeptToo() {
        for (String t : List.of("A", "B", "C", "D")) {
            f.idea(t, IdeaStatus.INBOX);
        }
        HeldExecutor held = new HeldExecutor();
        DuelsViewModel vm = vm(held, false);
        held.runAll();
        Idea first = vm.leftProperty().get();

        vm.leftWins();
        vm.rightWins();
        Idea third = vm.leftProperty().get();
        vm.undo();
        vm.cannotDecide();

        assertThat(first).isNotNull();
        assertThat(third).isNotNull();
        assertThat(stored()).isEmpty();
        assertThat(vm.sessionCountProperty().get()).isEqualTo(2);
        held.runAll();
        assertThat(stored()).extracting(DuelRecord::result).containsExactly(Duel.Result.LEFT, Duel.Result.TIE);
    }

    @Test
    void fiftyDuelsOnThirtyIdeasNeverWaitForTheFile() {
        for (int k = 1; k <= 30; k++) {
            f.idea("Idea " + k, IdeaStatus.INBOX);
        }
        HeldExecutor held = new HeldExecutor();
        DuelsViewModel vm = vm(held, false);
        held.runAll();

        long start = System.nanoTime();
        for (int k = 0; k < 50; k++) {
            assertThat(vm.leftProperty().get().id()).isNotEqualTo(vm.rightProperty().get().id());
            vm.leftWins();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("50 next pairs shown without the file").isLessThan(2_000);
        assertThat(vm.sessionCountProperty().get()).isEqualTo(50);
        held.runAll();
        assertThat(stored()).hasSize(50);
        assertThat(stored().stream().flatMap(d -> java.util.stream.Stream.of(d.leftId(), d.rightId())).distinct())
                .as("every idea compared at least once").hasSize(30);
    }

    @Test
    void theFitAfterAJudgementRunsInTheBackgroundOneAtATimeAndThePairDoesNotWaitForIt() {
        for (String t : List.of("A", "B", "C", "D", "E")) {
            f.idea(t, IdeaStatus.INBOX);
        }
        HeldExecutor held = new HeldExecutor();
        DuelsViewModel vm = vm(held, false);
        held.runAll();

        vm.leftWins();
        int afterOne = held.pending();
        Idea shown = vm.leftProperty().get();
        vm.rightWins();
        vm.cannotDecide();

        assertThat(afterOne).as("the write and the fit, both in the background").isEqualTo(2);
        assertThat(shown).isNotNull();
        assertThat(held.pending()).as("three writes, one fit (the next waits for it)").isEqualTo(4);
        held.runAll();
        assertThat(held.pending()).isZero();
        assertThat(stored()).hasSize(3);
        assertThat(vm.stateProperty().get()).isEqualTo(DuelsScreenState.PAIR);
    }

    @Test
    void anUndoFitsTheDuelsAgainSoTheStrengthsForgetTheDuelTakenBack() {
        for (String t : List.of("A", "B", "C", "D")) {
            f.idea(t, IdeaStatus.INBOX);
        }
        HeldExecutor held = new HeldExecutor();
        DuelsViewModel vm = vm(held, false);
        held.runAll();
        vm.leftWins();
        held.runAll();

        vm.undo();

        assertThat(held.pending()).as("the removal from the file and a new fit, both in the background").isEqualTo(2);
        held.runAll();
        assertThat(stored()).isEmpty();
    }

    @Test
    void undoAfterAJudgedIdeaWasDeletedAndTheTabReadAgainTakesTheDuelBack() {
        for (String t : List.of("A", "B", "C")) {
            f.idea(t, IdeaStatus.INBOX);
        }
        DuelsViewModel vm = vm(new DirectTaskExecutor(), false);
        Idea judged = vm.leftProperty().get();
        vm.leftWins();
        f.project.ideas().delete(judged.id());
        vm.refresh();

        vm.undo();

        assertThat(vm.sessionCountProperty().get()).isZero();
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.stateProperty().get()).isEqualTo(DuelsScreenState.PAIR);
    }

    @Test
    void aWriteThatFailsAfterItsDuelWasUndoneIsForgottenQuietly() {
        for (String t : List.of("A", "B", "C")) {
            f.idea(t, IdeaStatus.INBOX);
        }
        HeldExecutor held = new HeldExecutor();
        DuelsViewModel vm = vm(held, false);
        held.runAll();
        Idea judged = vm.leftProperty().get();
        vm.leftWins();
        vm.undo();
        f.project.ideas().delete(judged.id());
        f.project.ideas().purgeDeleted();

        held.runAll();

        assertThat(vm.failedProperty().get()).as("the write failed").isTrue();
        assertThat(vm.sessionCountProperty().get()).isZero();
        assertThat(vm.totalCountProperty().get()).isZero();
        assertThat(stored()).isEmpty();
    }

    /** Holds background work until told to run it, in order (as the window's one background thread). */
    private static final class HeldExecutor implements TaskExecutor {
        private final Deque<Runnable> queue = new ArrayDeque<>();
        private final DirectTaskExecutor direct = new DirectTaskExecutor();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> direct.run(work, onSuccess, onFailure));
        }

        int pending() {
            return queue.size();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        @Override
        public void onUi(Runnable action) {
            action.run();
        }

        @Override
        public Cancellable onUiLater(java.time.Duration delay, Runnable action) {
            return () -> { };
        }
    }
}
