package org.offpiste.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.IdeaStatus;
import org.offpiste.ui.DirectTaskExecutor;

/** The judgement screen reads the visible tab when shown, and again when the board changes while shown. */
class JudgeViewModelTest {
    @TempDir
    Path dir;
    private JudgeFixture f;
    private JudgeViewModel vm;

    @BeforeEach
    void open() {
        f = new JudgeFixture(dir.resolve("a.offpiste"));
        f.idea("Lanterns", IdeaStatus.INBOX);
        vm = new JudgeViewModel(f.context(new DirectTaskExecutor(), false));
        vm.tabProperty().set(JudgeTab.DUELS);
    }

    @AfterEach
    void close() {
        vm.dispose();
        f.close();
    }

    @Test
    void nothingIsReadWhileHiddenAndTheVisibleTabIsReadWhenShown() {
        assertThat(vm.duels().stateProperty().get()).isEqualTo(DuelsScreenState.LOADING);

        vm.shownProperty().set(true);

        assertThat(vm.duels().stateProperty().get()).isEqualTo(DuelsScreenState.TOO_FEW);
    }

    @Test
    void aBoardChangeWhileShownIsReadAtOnceAndWhileHiddenWhenShownAgain() {
        vm.shownProperty().set(true);
        f.idea("Fondue", IdeaStatus.INBOX);
        assertThat(vm.duels().stateProperty().get()).isEqualTo(DuelsScreenState.PAIR);

        vm.shownProperty().set(false);
        f.board.setStatus(vm.duels().leftProperty().get().id(), IdeaStatus.REJECTED);
        assertThat(vm.stale()).isTrue();
        assertThat(vm.duels().stateProperty().get()).isEqualTo(DuelsScreenState.PAIR);
        vm.shownProperty().set(true);

        assertThat(vm.duels().stateProperty().get()).isEqualTo(DuelsScreenState.TOO_FEW);
    }

    @Test
    void afterDisposeTheBoardIsNoLongerFollowed() {
        vm.shownProperty().set(true);
        vm.dispose();

        f.idea("Fondue", IdeaStatus.INBOX);

        assertThat(vm.duels().stateProperty().get()).isEqualTo(DuelsScreenState.TOO_FEW);
    }

    @Test
    void theCriteriaTabFollowsTheBoardOnlyWhileTheScreenIsShown() {
        vm.tabProperty().set(JudgeTab.CRITERIA);
        vm.shownProperty().set(true);
        f.idea("Snow globe", IdeaStatus.SHORTLIST);
        assertThat(vm.criteria().getRows()).extracting(r -> r.titleProperty().get()).contains("Snow globe");

        vm.shownProperty().set(false);
        f.idea("Igloo", IdeaStatus.SHORTLIST);
        assertThat(vm.criteria().getRows()).extracting(r -> r.titleProperty().get()).doesNotContain("Igloo");
        vm.shownProperty().set(true);
        assertThat(vm.criteria().getRows()).extracting(r -> r.titleProperty().get()).contains("Igloo");

        vm.dispose();
        f.idea("Sledge", IdeaStatus.SHORTLIST);
        assertThat(vm.criteria().getRows()).extracting(r -> r.titleProperty().get()).doesNotContain("Sledge");
    }
}
