package org.offpiste.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ui.DirectTaskExecutor;

/** The ranking tab on a real project file: the three methods side by side, rounds, promotion. */
class RankingViewModelTest {
    @TempDir
    Path dir;
    private JudgeFixture f;
    private Idea lanterns;
    private Idea fondue;
    private Idea moon;
    private Idea parked;

    @BeforeEach
    void open() {
        f = new JudgeFixture(dir.resolve("a.offpiste")).briefTitled("Night skiing");
        lanterns = f.idea("Lanterns", IdeaStatus.INBOX);
        fondue = f.idea("Fondue", IdeaStatus.SHORTLIST);
        moon = f.idea("Moon race", IdeaStatus.INBOX);
        parked = f.idea("Parked", IdeaStatus.PARKED);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private RankingViewModel vm(boolean readOnly) {
        RankingViewModel vm = new RankingViewModel(f.context(new DirectTaskExecutor(), readOnly));
        vm.refresh();
        return vm;
    }

    private RankingRow row(RankingViewModel vm, Idea idea) {
        return vm.rows().stream().filter(r -> r.id() == idea.id()).findFirst().orElseThrow();
    }

    @Test
    void anotherPersonsIdeaSealedInASilentRoundIsNotRankedBeforeTheReveal() {
        org.offpiste.workshop.Agenda agenda = new org.offpiste.workshop.Agenda("Kick-off",
                List.of(new org.offpiste.workshop.Block.SilentIdeation(java.time.Duration.ofMinutes(8))));
        f.project.workshop().save(new org.offpiste.workshop.WorkshopState(agenda, 0, false, null,
                java.time.Duration.ofMinutes(8), false));
        f.project.ideas().add(new org.offpiste.board.NewIdea("Sealed", "", List.of(), IdeaStatus.INBOX, "Bo"));

        RankingViewModel vm = vm(false);

        assertThat(vm.rows()).extracting(r -> r.idea().title()).containsExactlyInAnyOrder("Lanterns", "Fondue", "Moon race");
    }

    @Test
    void theIdeasInPlayAreRankedByTheDuelsWithTheirScoreAndInterval() {
        for (int k = 0; k < 3; k++) {
            f.judgement.duels().record(moon.id(), lanterns.id(), Duel.Result.LEFT, "Ana");
            f.judgement.duels().record(moon.id(), fondue.id(), Duel.Result.LEFT, "Ana");
        }
        Criterion first = f.judgement.criteria().criteria().get(0);
        f.judgement.criteria().rate(lanterns.id(), first.id(), "Ana", 4);

        RankingViewModel vm = vm(false);

        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.rows()).extracting(r -> r.idea().title()).hasSize(3).startsWith("Moon race")
                .doesNotContain("Parked");
        assertThat(row(vm, moon).standing().strength().duels()).isEqualTo(6);
        assertThat(row(vm, moon).standing().fewDuels()).isFalse();
        assertThat(row(vm, fondue).standing().fewDuels()).isFalse();
        assertThat(row(vm, lanterns).score()).isEqualTo(4.0);
        assertThat(row(vm, moon).score()).isNull();
        assertThat(row(vm, moon).dots()).isNull();
        assertThat(vm.roundProperty().get()).isNull();

        vm.scopeProperty().set(IdeaScope.ALL);
        assertThat(vm.rows()).hasSize(4);
        assertThat(row(vm, parked).standing().fewDuels()).isTrue();
    }

    @Test
    void theDotsComeFromTheLatestClosedRoundUnlessAnotherIsChosen() {
        VoteRound first = f.judgement.votes().open("First", false, 2, 2, List.of(lanterns.id(), moon.id()));
        f.judgement.votes().cast(first.id(), "Ana", List.of(lanterns.id(), lanterns.id()));
        f.judgement.votes().close(first.id());
        VoteRound second = f.judgement.votes().open("Second", false, 1, 1, List.of(lanterns.id(), moon.id()));
        f.judgement.votes().cast(second.id(), "Ana", List.of(moon.id()));
        f.judgement.votes().close(second.id());
        f.judgement.votes().open("Still open", false, 1, 1, List.of(lanterns.id(), moon.id()));

        RankingViewModel vm = vm(false);

        assertThat(vm.rounds()).extracting(VoteRound::name).containsExactly("Second", "First");
        assertThat(vm.roundProperty().get().name()).isEqualTo("Second");
        assertThat(row(vm, moon).dots()).isEqualTo(1);
        vm.roundProperty().set(vm.rounds().get(1));
        assertThat(row(vm, lanterns).dots()).isEqualTo(2);
        assertThat(vm.roundProperty().get().name()).isEqualTo("First");
    }

    @Test
    void promotedIdeasMoveToTheShortlistAndOneUndoOfTheBoardTakesThemAllBack() {
        RankingViewModel vm = vm(false);

        vm.promote(List.of(lanterns.id(), moon.id(), fondue.id()));

        assertThat(row(vm, lanterns).idea().status()).isEqualTo(IdeaStatus.SHORTLIST);
        assertThat(row(vm, moon).idea().status()).isEqualTo(IdeaStatus.SHORTLIST);
        f.board.undo();
        assertThat(f.board.store().find(moon.id()).orElseThrow().status()).isEqualTo(IdeaStatus.INBOX);
        assertThat(f.board.store().find(lanterns.id()).orElseThrow().status()).isEqualTo(IdeaStatus.INBOX);
        assertThat(f.board.store().find(fondue.id()).orElseThrow().status()).isEqualTo(IdeaStatus.SHORTLIST);
    }

    @Test
    void aReadOnlyProjectPromotesNothing() {
        RankingViewModel vm = vm(true);

        vm.promote(List.of(lanterns.id()));

        assertThat(f.board.store().find(lanterns.id()).orElseThrow().status()).isEqualTo(IdeaStatus.INBOX);
    }
}
