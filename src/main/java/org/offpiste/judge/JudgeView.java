package org.offpiste.judge;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.util.Subscription;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.DialogService;

/** The judgement screen's tabs: Ranking, Criteria, Dot votes, Duels; the last one shown is shown again. */
public final class JudgeView extends TabPane {
    private final CriteriaPane criteria;
    private final VotesPane votes;
    private final DuelsPane duels;
    private final RankingPane ranking;
    private final Map<JudgeTab, Tab> tabs = new EnumMap<>(JudgeTab.class);
    private final Subscription subscription;

    public JudgeView(JudgeViewModel vm, Messages messages, DialogService dialogs) {
        setId("judge-view");
        getStyleClass().add(JudgeStyles.SCREEN);
        getStylesheets().add(JudgeStyles.CSS);
        ranking = new RankingPane(vm.ranking(), messages, dialogs);
        criteria = new CriteriaPane(vm.criteria(), messages, dialogs);
        votes = new VotesPane(vm.votes(), messages, dialogs);
        duels = new DuelsPane(vm.duels(), messages, dialogs);
        add(JudgeTab.RANKING, ranking, messages);
        add(JudgeTab.CRITERIA, criteria, messages);
        add(JudgeTab.VOTES, votes, messages);
        add(JudgeTab.DUELS, duels, messages);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        // On the Duels tab the arrows judge, wherever the focus is (the tab headers would take them otherwise).
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (getSelectionModel().getSelectedItem() == tabs.get(JudgeTab.DUELS)) {
                duels.handle(e);
            }
        });
        getSelectionModel().select(tabs.get(vm.tabProperty().get()));
        subscription = Subscription.combine(
                getSelectionModel().selectedItemProperty().subscribe(t -> {
                    if (t != null) {
                        vm.tabProperty().set((JudgeTab) t.getUserData());
                        focusDuels();
                    }
                }),
                vm.tabProperty().subscribe(t -> getSelectionModel().select(tabs.get(t))),
                sceneProperty().subscribe(s -> focusDuels()));
    }

    public void dispose() {
        subscription.unsubscribe();
        ranking.dispose();
        criteria.dispose();
        votes.dispose();
        duels.dispose();
    }

    private void add(JudgeTab id, Node content, Messages messages) {
        Tab tab = new Tab(messages.get("judge.tab." + id.key()), content);
        tab.setId("tab-" + id.key());
        tab.setUserData(id);
        tabs.put(id, tab);
        getTabs().add(tab);
    }

    /** The duels are keyboard first: their tab takes the keys as soon as it shows. */
    private void focusDuels() {
        if (getSelectionModel().getSelectedItem() == tabs.get(JudgeTab.DUELS) && getScene() != null) {
            duels.requestFocus();
        }
    }
}
