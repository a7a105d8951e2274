package org.offpiste.workspace;

import java.util.Optional;
import java.util.function.Supplier;
import org.offpiste.facilitate.WorkshopViewModel;
import org.offpiste.judge.JudgeTab;
import org.offpiste.judge.VotesViewModel;
import org.offpiste.sparring.Mode;
import org.offpiste.workshop.Block;

/**
 * Moves the window to the screen a workshop round needs when the facilitator changes the round:
 * the board for silent ideation and brainwriting, the board grouped by themes for clustering, the conversation (Diverge with the
 * block's technique) for a model round, Decide › Votes for a dot vote, Decide › Duels for duels (which then pick pairs among the round's top N ideas only, until the round ends or changes),
 * Decide › Ranking for the debrief. When the facilitator here starts a dot-vote round, its vote
 * round opens with the block's dots, its most dots on one idea and anonymity. A reveal reads the board again.
 */
final class RoundScreens {
    private final WorkshopViewModel workshop;
    private final PaneLayoutViewModel layout;
    private final Supplier<Optional<OpenProject>> project;

    RoundScreens(WorkshopViewModel workshop, PaneLayoutViewModel layout, Supplier<Optional<OpenProject>> project) {
        this.workshop = workshop;
        this.layout = layout;
        this.project = project;
        workshop.roundIndexProperty().addListener((o, was, now) -> {
            workshop.currentBlock().ifPresent(this::follow);
            duelsOnTop();
        });
        workshop.onRoundStarted(this::started);
        workshop.stateProperty().addListener((o, was, now) -> {
            duelsOnTop();
            if (was != null && !was.revealed() && (now == null || now.revealed())) {
                project.get().ifPresent(p -> p.session().board().changedElsewhere()); // the sealed ideas show
            }
        });
    }

    private void follow(Block block) {
        switch (block.kind()) {
            case DOT_VOTE -> decide(JudgeTab.VOTES);
            case DUELS -> decide(JudgeTab.DUELS);
            case DEBRIEF -> decide(JudgeTab.RANKING);
            case MODEL_ROUND -> {
                ideate(PaneId.SPARRING);
                project.get().map(OpenProject::sparring).ifPresent(s -> {
                    s.composer().modeProperty().set(Mode.DIVERGE);
                    s.composer().techniqueIdProperty().set(((Block.ModelRound) block).techniqueId());
                });
            }
            case CLUSTERING -> {
                ideate(PaneId.BOARD);
                project.get().map(OpenProject::boardInsights).ifPresent(i -> i.themes().groupedProperty().set(true));
            }
            default -> ideate(PaneId.BOARD);
        }
    }

    private void started(Block block) {
        if (!(block instanceof Block.DotVote d)) {
            return;
        }
        project.get().map(OpenProject::judge).ifPresent(judge -> {
            VotesViewModel votes = judge.votes();
            if (votes.readOnly()) {
                return;
            }
            decide(JudgeTab.VOTES);
            votes.startNew(workshop.stateProperty().get().agenda().name() + " · " + workshop.titleProperty().get());
            votes.withInboxProperty().set(votes.shortlistedProperty().get() == 0); // before the dots: it resets them
            votes.newDotsProperty().set(d.dots());
            votes.severalProperty().set(d.maxPerIdea() > 1);
            votes.maxPerIdeaProperty().set(d.maxPerIdea());
            votes.anonymousProperty().set(d.anonymous());
            votes.openRound();
        });
    }

    /** While a duels round is current, its duels pick pairs among its top N ideas; else among all. */
    private void duelsOnTop() {
        int n = workshop.currentBlock().filter(Block.Duels.class::isInstance)
                .map(b -> ((Block.Duels) b).topN()).orElse(0);
        project.get().map(OpenProject::judge).ifPresent(judge -> judge.duels().topNProperty().set(n));
    }

    private void decide(JudgeTab tab) {
        project.get().map(OpenProject::judge).ifPresent(judge -> {
            judge.tabProperty().set(tab);
            layout.decidingProperty().set(true);
        });
    }

    private void ideate(PaneId pane) {
        layout.decidingProperty().set(false);
        if (layout.isCollapsed(pane)) {
            layout.setCollapsed(pane, false);
        }
    }
}
