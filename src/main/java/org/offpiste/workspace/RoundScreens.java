package org.offpiste.workspace;

import java.util.function.Supplier;
import java.util.Optional;
import org.offpiste.facilitate.WorkshopViewModel;
import org.offpiste.judge.JudgeTab;
import org.offpiste.workshop.BlockKind;

/**
 * Moves the window to the screen a workshop round needs when the facilitator changes the round:
 * the board for silent ideation, brainwriting and clustering, the conversation for a model round,
 * Decide › Votes for a dot vote, Decide › Duels for duels, Decide › Ranking for the debrief.
 */
final class RoundScreens {
    private final WorkshopViewModel workshop;
    private final PaneLayoutViewModel layout;
    private final Supplier<Optional<OpenProject>> project;

    RoundScreens(WorkshopViewModel workshop, PaneLayoutViewModel layout, Supplier<Optional<OpenProject>> project) {
        this.workshop = workshop;
        this.layout = layout;
        this.project = project;
        workshop.roundIndexProperty().addListener((o, was, now) -> follow());
    }

    private void follow() {
        BlockKind kind = workshop.roundKindProperty().get();
        if (kind == null) {
            return;
        }
        switch (kind) {
            case DOT_VOTE -> decide(JudgeTab.VOTES);
            case DUELS -> decide(JudgeTab.DUELS);
            case DEBRIEF -> decide(JudgeTab.RANKING);
            case MODEL_ROUND -> ideate(PaneId.SPARRING);
            default -> ideate(PaneId.BOARD);
        }
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
