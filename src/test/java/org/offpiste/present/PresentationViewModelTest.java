package org.offpiste.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.present.PresentationViewModel.Mode;
import org.offpiste.present.PresentationViewModel.State;
import org.offpiste.ranking.Criterion;
import org.offpiste.ui.DirectTaskExecutor;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.Block;
import org.offpiste.workshop.BlockKind;
import org.offpiste.workshop.WorkshopState;

/** The presentation's state over a real project file: order, moves, the lanes, following the board, the round clock. */
class PresentationViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:30:00Z");
    @TempDir
    Path dir;
    private PresentSessions project;
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private PresentationViewModel vm;

    @BeforeEach
    void open() {
        project = new PresentSessions(dir.resolve("p.offpiste"));
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.dispose();
        }
        project.session.close();
    }

    private PresentationViewModel start() {
        vm = new PresentationViewModel(new SlideReader(project.session), executor, Clock.fixed(NOW, ZoneOffset.UTC));
        vm.start();
        return vm;
    }

    private List<String> titles() {
        return vm.slides().stream().map(Slide::title).toList();
    }

    @Test
    void showsTheShortlistOldestFirstFromItsFirstIdeaWithoutTheOtherLanes() {
        project.shortlist("Lanterns", "Fondue");
        project.add("Not yet", "", IdeaStatus.INBOX);
        project.add("Parked one", "", IdeaStatus.PARKED);
        project.shortlist("Kites");

        start();

        assertThat(vm.stateProperty().get()).isEqualTo(State.SHOWING);
        assertThat(titles()).containsExactly("Lanterns", "Fondue", "Kites");
        assertThat(vm.indexProperty().get()).isZero();
        assertThat(vm.currentProperty().get().title()).isEqualTo("Lanterns");
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.ONE);
    }

    @Test
    void movesOneIdeaAtATimeAndStopsAtBothEnds() {
        project.shortlist("A", "B", "C", "D");
        start();

        vm.next();
        vm.next();
        assertThat(vm.currentProperty().get().title()).isEqualTo("C");
        vm.previous();
        assertThat(vm.currentProperty().get().title()).isEqualTo("B");
        vm.last();
        vm.next();
        assertThat(vm.indexProperty().get()).isEqualTo(3);
        assertThat(vm.currentProperty().get().title()).isEqualTo("D");
        vm.first();
        vm.previous();
        assertThat(vm.indexProperty().get()).isZero();
    }

    @Test
    void theGridOpensTheFocusedIdea() {
        project.shortlist("A", "B", "C");
        start();

        vm.toggleGrid();
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.GRID);
        vm.next();
        vm.next();
        vm.open(vm.indexProperty().get());

        assertThat(vm.modeProperty().get()).isEqualTo(Mode.ONE);
        assertThat(vm.currentProperty().get().title()).isEqualTo("C");
    }

    @Test
    void carriesTheWeightedScoreOfRatedIdeas() {
        List<Idea> ideas = project.shortlist("Rated", "Unrated");
        Criterion c = project.session.judgement().criteria().criteria().get(0);
        project.session.judgement().criteria().rate(ideas.get(0).id(), c.id(), "Ana", 4);

        start();

        assertThat(vm.slides().get(0).rated()).isTrue();
        assertThat(vm.slides().get(0).score().score()).isEqualTo(4.0);
        assertThat(vm.slides().get(1).rated()).isFalse();
    }

    @Test
    void anEmptyShortlistSaysSoAndOffersTheInbox() {
        project.add("Raw idea", "", IdeaStatus.INBOX);
        start();

        assertThat(vm.stateProperty().get()).isEqualTo(State.EMPTY);
        assertThat(vm.currentProperty().get()).isNull();
        assertThat(vm.indexProperty().get()).isEqualTo(-1);
        vm.next(); // nothing to move through
        assertThat(vm.indexProperty().get()).isEqualTo(-1);

        vm.switchLane();

        assertThat(vm.laneProperty().get()).isEqualTo(IdeaStatus.INBOX);
        assertThat(vm.stateProperty().get()).isEqualTo(State.SHOWING);
        assertThat(titles()).containsExactly("Raw idea");
        vm.switchLane();
        assertThat(vm.laneProperty().get()).isEqualTo(IdeaStatus.SHORTLIST);
        assertThat(vm.stateProperty().get()).isEqualTo(State.EMPTY);
    }

    @Test
    void followsTheBoardKeepingTheIdeaOnScreen() {
        List<Idea> ideas = project.shortlist("A", "B", "C");
        start();
        vm.next(); // B

        Idea early = project.add("Early", "", IdeaStatus.INBOX);
        project.session.board().setStatus(early.id(), IdeaStatus.SHORTLIST); // promoted: it comes last (oldest first)
        project.session.board().setStatus(ideas.get(0).id(), IdeaStatus.PARKED);

        assertThat(titles()).containsExactly("B", "C", "Early");
        assertThat(vm.currentProperty().get().title()).isEqualTo("B");
        assertThat(vm.indexProperty().get()).isZero();

        project.session.board().edit(ideas.get(1).id(), "B, sharper", "", List.of(), IdeaStatus.SHORTLIST);
        assertThat(vm.currentProperty().get().title()).isEqualTo("B, sharper");
    }

    @Test
    void whenTheIdeaShownLeavesTheShortlistTheNextOneTakesItsPlace() {
        List<Idea> ideas = project.shortlist("A", "B", "C");
        start();
        vm.last(); // C

        project.session.board().setStatus(ideas.get(2).id(), IdeaStatus.INBOX);
        assertThat(vm.currentProperty().get().title()).isEqualTo("B");

        project.session.board().setStatus(ideas.get(0).id(), IdeaStatus.REJECTED);
        project.session.board().setStatus(ideas.get(1).id(), IdeaStatus.REJECTED);
        assertThat(vm.stateProperty().get()).isEqualTo(State.EMPTY);
        assertThat(vm.currentProperty().get()).isNull();
    }

    @Test
    void stopsFollowingOnceDisposed() {
        project.shortlist("A");
        start();
        vm.dispose();

        project.shortlist("B");

        assertThat(titles()).containsExactly("A");
    }

    @Test
    void showsTheWorkshopRoundCountingDownEverySecond() {
        project.shortlist("A");
        Agenda agenda = new Agenda("Museum", List.of(Block.standard(BlockKind.SILENT_IDEATION),
                Block.standard(BlockKind.DOT_VOTE)));
        start();
        assertThat(vm.roundProperty().get()).isNull();

        project.workshop.set(new WorkshopState(agenda, 1, true, NOW.plusSeconds(245), Duration.ofMinutes(10), true));
        executor.runDelayed(); // a second later

        RoundClock round = vm.roundProperty().get();
        assertThat(round.kind()).isEqualTo(BlockKind.DOT_VOTE);
        assertThat(round.number()).isEqualTo(2);
        assertThat(round.rounds()).isEqualTo(2);
        assertThat(round.minutesSeconds()).isEqualTo("4:05");

        project.workshop.set(new WorkshopState(agenda, 0, false, null, Duration.ofSeconds(90), true));
        executor.runDelayed();
        assertThat(vm.roundProperty().get().minutesSeconds()).isEqualTo("1:30");
        assertThat(vm.roundProperty().get().running()).isFalse();

        project.workshop.set(new WorkshopState(agenda, 0, true, NOW.minusSeconds(3), Duration.ZERO, true));
        executor.runDelayed();
        assertThat(vm.roundProperty().get().minutesSeconds()).isEqualTo("0:00");

        project.workshop.set(new WorkshopState(agenda, 2, false, null, Duration.ZERO, true)); // past the last round
        executor.runDelayed();
        assertThat(vm.roundProperty().get()).isNull();
    }
}
