package org.offpiste.board;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.offpiste.i18n.Messages;
import org.offpiste.novelty.BaselineState;
import org.offpiste.novelty.Diversity;

/**
 * The board's slim strip of the novelty meter: the board's diversity, the banal baseline (View,
 * Regenerate, Retry), and the Themes menu and Near-duplicates toggle. One calm line instead when
 * the meter cannot run on this computer.
 */
final class BoardInsightsPane extends VBox {
    private final BoardInsightsViewModel insights;
    private final Messages messages;
    private final NoveltyText text;
    private final Label measured = figure("board-diversity-count");
    private final Label similarity = figure("board-diversity-similarity");
    private final Label vendi = figure("board-diversity-vendi");
    private final Label baseline = figure("board-baseline");
    private final ProgressIndicator baselineBusy = new ProgressIndicator();
    private final Button view = new Button();
    private final Button regenerate = new Button();

    BoardInsightsPane(BoardInsightsViewModel insights) {
        this.insights = insights;
        this.messages = insights.messages();
        this.text = new NoveltyText(messages);
        setId("board-insights");
        getStyleClass().add(BoardStyles.INSIGHTS);
        setSpacing(6);
        if (!insights.isAvailable()) {
            Label calm = new Label(messages.get("board.novelty.unavailable"), new FontIcon("fth-info"));
            calm.setId("board-meter-unavailable");
            calm.getStyleClass().add(BoardStyles.INSIGHTS_CALM);
            calm.setWrapText(true);
            getChildren().add(calm);
            return;
        }
        measured.setGraphic(new FontIcon("fth-activity"));
        measured.setTooltip(tip(messages.get("board.diversity.countTip")));
        similarity.setTooltip(tip(messages.get("board.diversity.similarityTip")));
        vendi.setTooltip(tip(messages.get("board.diversity.vendiTip")));
        FlowPane figures = new FlowPane(14, 4, measured, similarity, vendi);
        figures.setAlignment(Pos.CENTER_LEFT);

        baseline.setGraphic(new FontIcon("fth-compass"));
        baseline.setTooltip(tip(messages.get("board.baseline.tip")));
        baseline.setWrapText(true);
        baseline.setMinWidth(0);
        HBox.setHgrow(baseline, Priority.ALWAYS);
        baseline.setMaxWidth(Double.MAX_VALUE);
        baselineBusy.setMaxSize(14, 14);
        baselineBusy.setMinSize(14, 14);
        view.setId("board-baseline-view");
        view.setText(messages.get("board.baseline.view"));
        view.getStyleClass().addAll("flat", "small");
        view.setMinWidth(Region.USE_PREF_SIZE);
        view.setOnAction(e -> insights.baselineProperty().get().baseline()
                .ifPresent(b -> new BaselinePopOver(b, messages).show(view)));
        regenerate.setId("board-baseline-regenerate");
        regenerate.getStyleClass().addAll("flat", "small");
        regenerate.setMinWidth(Region.USE_PREF_SIZE);
        regenerate.setOnAction(e -> insights.regenerateBaseline());
        HBox baselineRow = new HBox(6, baselineBusy, baseline, view, regenerate);
        baselineRow.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(figures, baselineRow, new ThemesBar(insights));
        insights.diversityProperty().addListener((o, a, d) -> showDiversity(d));
        insights.baselineProperty().addListener((o, a, s) -> showBaseline(s));
        showDiversity(insights.diversityProperty().get());
        showBaseline(insights.baselineProperty().get());
    }

    private void showDiversity(Diversity d) {
        measured.setText(messages.get("board.diversity.count", d.count()));
        boolean enough = d.count() >= 2;
        similarity.setText(messages.get("board.diversity.similarity", text.figure(d.meanSimilarity())));
        vendi.setText(text.vendi(d));
        similarity.setVisible(enough);
        similarity.setManaged(enough);
        vendi.setVisible(enough);
        vendi.setManaged(enough);
    }

    private void showBaseline(BaselineState s) {
        baseline.setText(new BaselineText(messages).line(s));
        BaselineState.Status status = s == null ? null : s.status();
        boolean busy = status == BaselineState.Status.RUNNING;
        baselineBusy.setVisible(busy);
        baselineBusy.setManaged(busy);
        boolean canView = s != null && s.baseline().isPresent() && !busy;
        view.setVisible(canView);
        view.setManaged(canView);
        boolean canAsk = s != null && !busy && status != BaselineState.Status.NO_MODEL
                && status != BaselineState.Status.NO_EMBEDDER && !insights.isReadOnly();
        regenerate.setVisible(canAsk);
        regenerate.setManaged(canAsk);
        regenerate.setText(messages.get(status == BaselineState.Status.FAILED ? "board.baseline.retry"
                : s != null && s.baseline().isPresent() ? "board.baseline.regenerate" : "board.baseline.ask"));
        pseudoClassStateChanged(FAILED, status == BaselineState.Status.FAILED);
    }

    private static final javafx.css.PseudoClass FAILED = javafx.css.PseudoClass.getPseudoClass("failed");

    private static Label figure(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(BoardStyles.INSIGHTS_FIGURE);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(380);
        t.setShowDuration(Duration.seconds(30));
        return t;
    }

    /** Themes ▾ (Find themes, Group by theme), Near-duplicates, and what finding the themes is doing. */
    private static final class ThemesBar extends FlowPane {
        ThemesBar(BoardInsightsViewModel insights) {
            super(8, 6);
            Messages messages = insights.messages();
            ThemesViewModel themes = insights.themes();
            setAlignment(Pos.CENTER_LEFT);
            MenuItem find = new MenuItem(messages.get("board.themes.find"), new FontIcon("fth-refresh-cw"));
            find.setId("board-themes-find");
            find.setOnAction(e -> themes.find());
            find.disableProperty().bind(themes.findingProperty());
            CheckMenuItem group = new CheckMenuItem(messages.get("board.themes.group"));
            group.setId("board-themes-group-item");
            group.selectedProperty().bindBidirectional(themes.groupedProperty());
            group.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(themes.getThemes()));
            MenuButton menu = new MenuButton(messages.get("board.themes"), new FontIcon("fth-layers"), find, group);
            menu.setId("board-themes");
            menu.getStyleClass().add("small");
            menu.setMinWidth(Region.USE_PREF_SIZE);
            menu.setTooltip(tip(messages.get("board.themes.tip")));
            ToggleButton grouped = new ToggleButton(messages.get("board.themes.group"));
            grouped.setId("board-themes-group");
            grouped.getStyleClass().add("small");
            grouped.setMinWidth(Region.USE_PREF_SIZE);
            grouped.selectedProperty().bindBidirectional(themes.groupedProperty());
            grouped.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(themes.getThemes()));
            grouped.managedProperty().bind(grouped.visibleProperty());
            ToggleButton duplicates = new ToggleButton(messages.get("board.duplicates"), new FontIcon("fth-copy"));
            duplicates.setId("board-duplicates");
            duplicates.getStyleClass().add("small");
            duplicates.setMinWidth(Region.USE_PREF_SIZE);
            duplicates.setTooltip(tip(messages.get("board.duplicates.tip", new NoveltyText(messages)
                    .figure(insights.duplicateThreshold()))));
            duplicates.selectedProperty().bindBidirectional(insights.shown().duplicatesOnlyProperty());
            ProgressIndicator busy = new ProgressIndicator();
            busy.setMaxSize(14, 14);
            busy.setMinSize(14, 14);
            Label state = new Label();
            state.setId("board-themes-state");
            state.getStyleClass().add(BoardStyles.CARD_META);
            state.setWrapText(true);
            state.setMinWidth(0);
            Runnable show = () -> {
                boolean finding = themes.findingProperty().get();
                busy.setVisible(finding);
                busy.setManaged(finding);
                String problem = themes.problemProperty().get();
                state.setText(finding ? messages.get("board.themes.finding")
                        : problem != null ? problem
                        : themes.getThemes().isEmpty() ? "" : messages.get("board.themes.found", themes.getThemes().size()));
            };
            themes.findingProperty().addListener((o, a, b) -> show.run());
            themes.problemProperty().addListener((o, a, b) -> show.run());
            themes.getThemes().addListener((javafx.collections.ListChangeListener<org.offpiste.novelty.Theme>) c -> show.run());
            show.run();
            getChildren().addAll(menu, grouped, duplicates, busy, state);
        }
    }
}
