package org.offpiste.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offpiste.board.Idea;
import org.offpiste.i18n.Messages;
import org.offpiste.project.Project;
import org.offpiste.ranking.Judgement;
import org.offpiste.ranking.VoteService;
import org.offpiste.ranking.VoteStore;
import org.offpiste.store.SqliteProjectFiles;
import org.offpiste.ui.DirectTaskExecutor;

/** The votes tab's view model over a real project file. */
class VotesViewModelTest {
    @TempDir
    Path dir;
    private Project project;
    private List<Idea> shortlist;
    private VotesViewModel vm;

    @BeforeEach
    void open() {
        project = new SqliteProjectFiles().create(dir.resolve("votes.offpiste"));
        shortlist = VotesTesting.board(project);
        vm = new VotesViewModel(VotesTesting.context(project, new DirectTaskExecutor(), false));
        vm.refresh();
    }

    @AfterEach
    void close() {
        project.close();
    }

    private VoteBallot.Card card(String title) {
        return vm.ballot().getCards().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aNewRoundDefaultsToTheShortlistAndAQuarterOfItsIdeas() {
        assertThat(vm.shortlistedProperty().get()).isEqualTo(4);
        assertThat(vm.inboxAndShortlistProperty().get()).isEqualTo(5);
        vm.startNew("Round 1");
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.NEW);
        assertThat(vm.newDotsProperty().get()).isEqualTo(1);
        vm.withInboxProperty().set(true);
        assertThat(vm.newDotsProperty().get()).isEqualTo(1);
        vm.withInboxProperty().set(false);
        vm.newDotsProperty().set(2);
        vm.severalProperty().set(true);
        vm.openRound();

        assertThat(vm.getRounds()).singleElement().satisfies(r -> {
            assertThat(r.round().name()).isEqualTo("Round 1");
            assertThat(r.round().candidates()).containsExactlyInAnyOrderElementsOf(shortlist.stream().map(Idea::id).toList());
            assertThat(r.round().allowance()).isEqualTo(2);
            assertThat(r.round().maxPerIdea()).isEqualTo(2);
            assertThat(r.round().anonymous()).isFalse();
        });
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.OPEN);
        assertThat(vm.selectedProperty().get().round().name()).isEqualTo("Round 1");
    }

    @Test
    void aRoundCanAllowSomeButNotAllOfTheDotsOnOneIdea() {
        vm.startNew("Two of five");
        vm.withInboxProperty().set(true);
        vm.newDotsProperty().set(5);
        vm.severalProperty().set(true);
        vm.maxPerIdeaProperty().set(2);
        vm.openRound();

        assertThat(vm.getRounds()).singleElement().satisfies(r -> {
            assertThat(r.round().allowance()).isEqualTo(5);
            assertThat(r.round().maxPerIdea()).isEqualTo(2);
        });
        vm.startNew("All on one");
        assertThat(vm.maxPerIdeaProperty().get()).isZero();
        vm.newDotsProperty().set(3);
        vm.severalProperty().set(true);
        vm.openRound();
        assertThat(vm.getRounds()).filteredOn(r -> r.round().name().equals("All on one"))
                .singleElement().satisfies(r -> assertThat(r.round().maxPerIdea()).isEqualTo(3));
    }

    @Test
    void theInboxCanJoinTheCandidatesAndATakenNameIsRefusedInWords() {
        vm.startNew("Everything");
        vm.withInboxProperty().set(true);
        vm.openRound();
        assertThat(vm.getRounds().get(0).round().candidates()).hasSize(5);
        vm.startNew("everything");
        vm.openRound();
        assertThat(vm.noticeProperty().get().key()).isEqualTo("votes.rule.NAME_TAKEN");
        assertThat(vm.getRounds()).hasSize(1);
    }

    @Test
    void twoParticipantsVoteWithResultsHiddenThenTheChartShowsTheTotals() {
        vm.startNew("Evening");
        vm.newDotsProperty().set(2);
        vm.openRound();

        vm.nextParticipant();
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.BALLOT);
        assertThat(vm.ballot().getCards()).extracting(VoteBallot.Card::title)
                .containsExactlyInAnyOrderElementsOf(shortlist.stream().map(Idea::title).toList());
        assertThat(vm.ballot().leftProperty().get()).isEqualTo(2);
        vm.ballot().voterProperty().set("Cleo");
        vm.ballot().add(card("Fondue in the gondola"));
        vm.ballot().add(card("Fondue in the gondola"));
        assertThat(card("Fondue in the gondola").dots()).as("at most one per idea").isEqualTo(1);
        vm.ballot().add(card("Stargazing lift"));
        assertThat(vm.ballot().leftProperty().get()).isZero();
        vm.submit();
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.HANDOVER);
        assertThat(vm.ballot().getCards()).as("the last ballot is hidden").isEmpty();
        assertThat(vm.getResults()).isEmpty();
        assertThat(vm.selectedProperty().get().ballots()).isEqualTo(1);

        vm.nextParticipant();
        assertThat(vm.ballot().voterProperty().get()).isEmpty();
        assertThat(vm.ballot().getCards()).allSatisfy(c -> assertThat(c.dots()).isZero());
        vm.ballot().voterProperty().set("Dan");
        vm.ballot().add(card("Fondue in the gondola"));
        vm.submit();
        vm.backToRound();
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.OPEN);
        assertThat(vm.selectedProperty().get().ballots()).isEqualTo(2);
        assertThat(vm.getResults()).as("hidden while open").isEmpty();

        vm.closeRound();
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.CLOSED);
        assertThat(vm.selectedProperty().get().round().closed()).isTrue();
        List<VotesViewModel.ResultBar> bars = vm.getResults();
        assertThat(bars).hasSize(4);
        assertThat(bars.get(0)).isEqualTo(new VotesViewModel.ResultBar(shortlist.get(1).id(), "Fondue in the gondola", 2, 2, 1.0));
        assertThat(bars.get(1)).isEqualTo(new VotesViewModel.ResultBar(shortlist.get(3).id(), "Stargazing lift", 1, 1, 0.5));
        assertThat(bars.subList(2, 4)).allSatisfy(b -> assertThat(b.dots()).isZero());

        vm.select(null);
        vm.select(vm.getRounds().get(0));
        assertThat(vm.getResults()).as("viewable later").hasSize(4);
        vm.nextParticipant();
        assertThat(vm.phaseProperty().get()).as("a closed round takes no ballot").isEqualTo(VotesViewModel.Phase.CLOSED);
    }

    @Test
    void onATeamBoardTheScreenAfterABallotSaysItIsInInsteadOfPassingTheLaptop() {
        vm.startNew("Evening");
        vm.newDotsProperty().set(1);
        vm.openRound();
        vm.nextParticipant();
        vm.ballot().voterProperty().set("Ann");
        vm.ballot().add(card("Fondue in the gondola"));
        vm.submit();
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.HANDOVER);
        assertThat(project.teamBoard()).as("a project file").isEmpty();
        Messages en = new Messages(Messages.ENGLISH);
        assertThat(en.get(vm.handoverTextKey())).isEqualTo("Pass the laptop to the next participant.");

        vm.teamBoardProperty().set(true);
        assertThat(en.get(vm.handoverTextKey())).isEqualTo("Your ballot is in.");
        assertThat(new Messages(Messages.FRENCH).get(vm.handoverTextKey())).isEqualTo("Votre vote est enregistré.");
    }

    @Test
    void aNameThatAlreadyVotedReplacesItsBallotOnlyOnceThePersonConfirms() {
        vm.startNew("Evening");
        vm.newDotsProperty().set(1);
        vm.openRound();
        long round = vm.selectedProperty().get().id();
        vm.nextParticipant();
        vm.ballot().voterProperty().set("Ann");
        vm.ballot().add(card("Fondue in the gondola"));
        vm.submit();
        assertThat(vm.replacingProperty().get()).as("a new name casts at once").isNull();
        vm.nextParticipant();
        vm.ballot().voterProperty().set(" ann ");
        vm.ballot().add(card("Stargazing lift"));
        vm.submit();
        assertThat(vm.replacingProperty().get()).isEqualTo("Ann");
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.BALLOT);
        vm.cancelReplace();
        assertThat(vm.replacingProperty().get()).isNull();
        assertThat(project.votes().voters(round)).as("nothing cast yet").containsExactly("Ann");
        assertThat(card("Stargazing lift").dots()).as("the ballot is kept").isEqualTo(1);
        vm.submit();
        vm.confirmReplace();
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.HANDOVER);
        assertThat(project.votes().voters(round)).containsExactly("ann");
        vm.backToRound();
        vm.closeRound();
        assertThat(vm.getResults().get(0).title()).isEqualTo("Stargazing lift");
        assertThat(vm.getResults().get(0).dots()).isEqualTo(1);
    }

    @Test
    void aClosedRoundStillCountsTheDotsOfADeletedIdeaAfterTheProjectIsReopened() {
        vm.startNew("Evening");
        vm.newDotsProperty().set(2);
        vm.openRound();
        vm.nextParticipant();
        vm.ballot().voterProperty().set("Cleo");
        vm.ballot().add(card("Fondue in the gondola"));
        vm.ballot().add(card("Stargazing lift"));
        vm.submit();
        vm.nextParticipant();
        vm.ballot().voterProperty().set("Dan");
        vm.ballot().add(card("Fondue in the gondola"));
        vm.submit();
        vm.backToRound();
        vm.closeRound();
        long fondue = shortlist.get(1).id();
        project.ideas().delete(fondue);
        project.close();
        project = new SqliteProjectFiles().open(dir.resolve("votes.offpiste"));
        vm = new VotesViewModel(VotesTesting.context(project, new DirectTaskExecutor(), false));
        vm.refresh(); // the newest round is shown at once, not an empty screen
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.CLOSED);
        assertThat(vm.getResults().get(0)).isEqualTo(new VotesViewModel.ResultBar(fondue, null, 2, 2, 1.0));
        assertThat(vm.getResults().get(1).title()).isEqualTo("Stargazing lift");
    }

    @Test
    void onlyTheNewRoundsFormSaysTheRoundNeedsANameOtherInvalidRequestsGetAGeneralMessage() {
        vm.startNew("Evening");
        vm.newDotsProperty().set(0);
        vm.openRound();
        assertThat(vm.noticeProperty().get().key()).isEqualTo("votes.error.invalid");

        VoteStore real = project.votes();
        VoteStore refusing = (VoteStore) Proxy.newProxyInstance(VoteStore.class.getClassLoader(),
                new Class<?>[] {VoteStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("cast")) {
                        throw new IllegalArgumentException("refused by the store");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        JudgeContext context = VotesTesting.context(project, new DirectTaskExecutor(), false);
        vm = new VotesViewModel(new JudgeContext(context.board(), new Judgement(null,
                new VoteService(refusing, new SplittableRandom(3)), null), null, () -> "Host", new DirectTaskExecutor(), false));
        vm.refresh();
        vm.startNew("Evening");
        vm.openRound();
        vm.nextParticipant();
        vm.ballot().voterProperty().set("Cleo");
        vm.ballot().add(card("Stargazing lift"));
        vm.submit();
        assertThat(vm.noticeProperty().get().key()).isEqualTo("votes.error.notValid");
        assertThat(new Messages(Messages.ENGLISH).get("votes.error.notValid")).doesNotContain("name");
    }

    @Test
    void aBallotWithoutADotIsRefusedWithTheRule() {
        vm.startNew("Evening");
        vm.openRound();
        vm.nextParticipant();
        vm.ballot().voterProperty().set("Cleo");
        vm.submit();
        assertThat(vm.noticeProperty().get().key()).isEqualTo("votes.rule.EMPTY_BALLOT");
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.BALLOT);
        assertThat(project.votes().ballots(vm.selectedProperty().get().id())).isZero();
    }

    @Test
    void aBallotOverTheAllowanceOrWithoutANameIsRefusedWithTheRule() {
        vm.startNew("Evening");
        vm.newDotsProperty().set(1);
        vm.openRound();
        vm.nextParticipant();
        vm.ballot().add(card("Fondue in the gondola"));
        vm.submit();
        assertThat(vm.noticeProperty().get().key()).isEqualTo("votes.rule.NAME_NEEDED");
        vm.ballot().voterProperty().set("Cleo");
        vm.ballot().add(card("Stargazing lift"));
        assertThat(vm.ballot().leftProperty().get()).isEqualTo(-1);
        vm.submit();
        assertThat(vm.noticeProperty().get()).isEqualTo(
                new VotesViewModel.Notice("votes.rule.OVER_ALLOWANCE", List.of("Evening", 1, 1, "2 > 1")));
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.BALLOT);
        assertThat(project.votes().ballots(vm.selectedProperty().get().id())).isZero();
    }

    @Test
    void anAnonymousRoundTakesTheNameApartFromTheBallotAndOneBallotPerParticipant() {
        vm.startNew("Secret");
        vm.anonymousProperty().set(true);
        vm.openRound();
        vm.nextParticipant();
        vm.ballot().voterProperty().set("Cleo");
        vm.ballot().add(vm.ballot().getCards().get(0));
        vm.submit();
        long id = vm.selectedProperty().get().id();
        assertThat(project.votes().ballots(id)).isEqualTo(1);
        assertThat(project.votes().voters(id)).as("who took part").containsExactly("Cleo");
        vm.nextParticipant();
        vm.ballot().voterProperty().set(" cleo ");
        vm.ballot().add(vm.ballot().getCards().get(0));
        vm.submit();
        assertThat(vm.noticeProperty().get().key()).isEqualTo("votes.rule.ALREADY_VOTED");
        assertThat(vm.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.BALLOT);
        assertThat(project.votes().ballots(id)).isEqualTo(1);
        vm.ballot().voterProperty().set("");
        vm.submit();
        assertThat(vm.noticeProperty().get().key()).isEqualTo("votes.rule.NAME_NEEDED");
        project.votes().close(id);
        assertThat(project.votes().ballotsOf(id)).singleElement().satisfies(b -> assertThat(b.voter()).isNull());
    }

    @Test
    void aReadOnlyProjectCastsNothing() {
        vm.startNew("Evening");
        vm.openRound();
        VotesViewModel reader = new VotesViewModel(VotesTesting.context(project, new DirectTaskExecutor(), true));
        reader.refresh();
        reader.select(reader.getRounds().get(0));
        reader.nextParticipant();
        assertThat(reader.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.OPEN);
        reader.closeRound();
        reader.startNew("Other");
        assertThat(reader.phaseProperty().get()).isEqualTo(VotesViewModel.Phase.OPEN);
        assertThat(project.votes().rounds()).singleElement().satisfies(r -> assertThat(r.closed()).isFalse());
    }
}
