package org.offpiste.facilitate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.settings.Settings;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.testing.MutableClock;
import org.offpiste.ui.DirectTaskExecutor;
import org.offpiste.workshop.Agenda;
import org.offpiste.workshop.AgendaTemplates;
import org.offpiste.workshop.Block;
import org.offpiste.workshop.BlockKind;
import org.offpiste.workshop.WorkshopService;

/** The window's workshop: the facilitator's commands, the countdown, the chime and following others' changes. */
class WorkshopViewModelTest {
    static final Agenda AGENDA = new Agenda("Sprint", List.of(
            new Block.SilentIdeation(Duration.ofMinutes(8)),
            new Block.DotVote(Duration.ofMinutes(5), 5, 1, true),
            Block.Debrief.standard()));

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock();
    final DirectTaskExecutor executor = new DirectTaskExecutor();
    final AtomicInteger chimes = new AtomicInteger();
    Project project;
    FeedProject board;

    @BeforeEach
    void open() {
        project = new SqliteProjectFiles().create(dir.resolve("w.offpiste"));
        board = new FeedProject(project);
    }

    @AfterEach
    void close() {
        project.close();
    }

    WorkshopViewModel vm(Settings settings) {
        Messages en = new Messages(Messages.ENGLISH);
        return new WorkshopViewModel(executor, clock, settings, () -> en,
                () -> List.of(new TechniqueChoice("scamper", "SCAMPER")),
                new Chime(executor, (pcm, format) -> chimes.incrementAndGet()),
                new TemplateList(new AgendaTemplates(dir), executor, () -> en));
    }

    @Test
    void startingShowsTheFirstRoundAndTheFacilitatorMovesEveryone() {
        WorkshopViewModel vm = vm(new Settings(dir));
        vm.follow(board.project);
        assertThat(vm.activeProperty().get()).isFalse();
        vm.start(AGENDA);
        assertThat(vm.activeProperty().get()).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("Round 1 of 3 · Silent ideation");
        assertThat(vm.canRevealProperty().get()).isTrue();
        assertThat(vm.timeProperty().get()).isEqualTo("08:00");
        assertThat(vm.rounds()).extracting(RoundRow::current).containsExactly(true, false, false);
        vm.next();
        assertThat(vm.roundKindProperty().get()).isEqualTo(BlockKind.DOT_VOTE);
        assertThat(vm.hintProperty().get()).contains("5 dots, at most 1 per idea, anonymous");
        assertThat(vm.rounds()).extracting(RoundRow::done).containsExactly(true, false, false);
        vm.previous();
        assertThat(vm.roundIndexProperty().get()).isZero();
        assertThat(vm.canRevealProperty().get()).as("back in the silent round, still sealed").isTrue();
        vm.reveal();
        assertThat(vm.canRevealProperty().get()).isFalse();
        assertThat(project.workshop().load().orElseThrow().revealed()).isTrue();
        vm.end();
        assertThat(vm.activeProperty().get()).isFalse();
        assertThat(project.workshop().load()).isEmpty();
    }

    @Test
    void aWindowThatLeavesTheBoardShowsNoWorkshopAndCannotDriveIt() {
        new WorkshopService(project.workshop(), clock).start(AGENDA);
        WorkshopViewModel vm = vm(new Settings(dir));
        vm.follow(board.project);
        assertThat(vm.activeProperty().get()).isTrue();
        assertThat(vm.readOnlyProperty().get()).isFalse();
        vm.follow(null);
        assertThat(vm.readOnlyProperty().get()).isTrue();
        assertThat(vm.activeProperty().get()).isFalse();
        vm.next();
        assertThat(project.workshop().load().orElseThrow().blockIndex()).isZero();
    }

    @Test
    void aRoundGivenOneMoreMinuteBeforeItsStartStillStartsOnceWhenItsTimerFirstRuns() {
        WorkshopViewModel vm = vm(new Settings(dir));
        vm.follow(board.project);
        java.util.List<BlockKind> started = new java.util.ArrayList<>();
        vm.onRoundStarted(b -> started.add(b.kind()));
        vm.start(AGENDA);
        vm.next();
        vm.addMinute();
        vm.startOrPause();
        assertThat(started).as("the dot vote's round opens").containsExactly(BlockKind.DOT_VOTE);
        vm.startOrPause();
        vm.addMinute();
        vm.addMinute();
        vm.startOrPause();
        assertThat(started).as("a resume is not a start").containsExactly(BlockKind.DOT_VOTE);
    }

    @Test
    void theCountdownFollowsTheClockAndTakesOneMoreMinute() {
        WorkshopViewModel vm = vm(new Settings(dir));
        vm.follow(board.project);
        vm.start(AGENDA);
        vm.startOrPause();
        assertThat(vm.runningProperty().get()).isTrue();
        clock.advance(Duration.ofSeconds(61));
        vm.tick();
        assertThat(vm.timeProperty().get()).isEqualTo("06:59");
        vm.addMinute();
        vm.tick();
        assertThat(vm.timeProperty().get()).isEqualTo("07:59");
        vm.startOrPause();
        clock.advance(Duration.ofMinutes(3));
        vm.tick();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.timeProperty().get()).isEqualTo("07:59");
    }

    @Test
    void theEndOfARoundChimesOnceOnTheFacilitatorsMachineWhenTheSoundIsOn() {
        WorkshopViewModel vm = vm(new Settings(dir));
        vm.follow(board.project);
        vm.start(AGENDA);
        vm.startOrPause();
        vm.tick();
        clock.advance(Duration.ofMinutes(8));
        vm.tick();
        assertThat(chimes.get()).as("the panel is not open here").isZero();
        vm.setFacilitating(true);
        vm.addMinute();
        vm.tick();
        clock.advance(Duration.ofMinutes(2));
        vm.tick();
        vm.tick();
        assertThat(vm.timeUpProperty().get()).isTrue();
        assertThat(chimes.get()).isEqualTo(1);
        vm.soundProperty().set(false);
        vm.addMinute();
        vm.tick();
        clock.advance(Duration.ofMinutes(2));
        vm.tick();
        assertThat(chimes.get()).isEqualTo(1);
        assertThat(new Settings(dir).get(WorkshopViewModel.SOUND_SETTING)).contains("off");
        assertThat(vm(new Settings(dir)).soundProperty().get()).isFalse();
    }

    @Test
    void turningTheSoundOffWritesTheSettingsOffTheUiThread() {
        java.util.List<Runnable> background = new java.util.ArrayList<>();
        org.offpiste.ui.TaskExecutor deferring = new org.offpiste.ui.TaskExecutor() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                background.add(() -> {
                    try {
                        onSuccess.accept(work.call());
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }

            @Override
            public void onUi(Runnable action) {
                action.run();
            }

            @Override
            public Cancellable onUiLater(Duration delay, Runnable action) {
                return () -> { };
            }
        };
        Messages en = new Messages(Messages.ENGLISH);
        WorkshopViewModel vm = new WorkshopViewModel(deferring, clock, new Settings(dir), () -> en, List::of,
                new Chime(deferring, (pcm, format) -> { }), new TemplateList(new AgendaTemplates(dir), deferring, () -> en));
        background.clear();

        vm.soundProperty().set(false);

        assertThat(new Settings(dir).get(WorkshopViewModel.SOUND_SETTING)).as("not written on the UI thread").isEmpty();
        background.forEach(Runnable::run);
        assertThat(new Settings(dir).get(WorkshopViewModel.SOUND_SETTING)).contains("off");
    }

    @Test
    void aParticipantsWindowFollowsTheSharedStateWhenTheFeedTellsOfAChange() {
        WorkshopViewModel participant = vm(new Settings(dir));
        participant.follow(board.project);
        WorkshopService facilitator = new WorkshopService(project.workshop(), Clock.systemUTC());
        facilitator.start(AGENDA);
        facilitator.next();
        assertThat(participant.activeProperty().get()).isFalse();
        board.othersChanged();
        assertThat(participant.activeProperty().get()).isTrue();
        assertThat(participant.titleProperty().get()).isEqualTo("Round 2 of 3 · Dot vote");
        facilitator.end();
        board.othersChanged();
        assertThat(participant.activeProperty().get()).isFalse();
        participant.dispose();
        assertThat(board.listeners).isEmpty();
    }

    @Test
    void theServerGoingAwayMakesThePanelReadOnlyAndItsReturnReadsTheRoundAgain() {
        WorkshopViewModel vm = vm(new Settings(dir));
        vm.follow(board.project);
        vm.start(AGENDA);
        board.connection(false);
        assertThat(vm.readOnlyProperty().get()).as("offline: the panel cannot drive").isTrue();
        vm.next();
        assertThat(vm.roundIndexProperty().get()).as("no command while offline").isZero();
        new WorkshopService(project.workshop(), Clock.systemUTC()).next(); // what the board says when it is back
        board.connection(true);
        assertThat(vm.readOnlyProperty().get()).isFalse();
        assertThat(vm.roundIndexProperty().get()).as("the round is read again").isEqualTo(1);
        vm.dispose();
    }
}
