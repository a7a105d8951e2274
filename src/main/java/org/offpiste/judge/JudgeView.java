package org.offpiste.judge;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;

/** The judgement screen's tabs. Stub of the contract: the duels-and-ranking stream completes it. */
public final class JudgeView extends TabPane {
    private final CriteriaPane criteria;
    private final VotesPane votes;
    private final DuelsPane duels;
    private final RankingPane ranking;

    public JudgeView(JudgeViewModel vm, Messages messages, DialogService dialogs) {
        ranking = new RankingPane(vm.ranking(), messages, dialogs);
        criteria = new CriteriaPane(vm.criteria(), messages, dialogs);
        votes = new VotesPane(vm.votes(), messages, dialogs);
        duels = new DuelsPane(vm.duels(), messages, dialogs);
        getTabs().addAll(new Tab("ranking", ranking), new Tab("criteria", criteria), new Tab("votes", votes),
                new Tab("duels", duels));
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    }

    public void dispose() {
        ranking.dispose();
        criteria.dispose();
        votes.dispose();
        duels.dispose();
    }
}
