package org.offpiste.board;

import static org.offpiste.board.EditorSections.hide;
import static org.offpiste.board.EditorSections.meta;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.offpiste.i18n.Messages;

/** The idea editor's sections under the fields: origin, novelty, versions, comments, image prompts. */
final class IdeaDetailsPane extends VBox {
    private final IdeaDetailsViewModel viewModel;
    private final Messages messages;
    private final Consumer<Long> open;
    private final VBox provenance = section("board-editor-provenance");
    private final VBox novelty = section("board-editor-novelty");

    IdeaDetailsPane(IdeaDetailsViewModel viewModel, Consumer<Long> open) {
        this.viewModel = viewModel;
        this.messages = viewModel.insights().messages();
        this.open = open;
        setSpacing(12);
        setFillWidth(true);
        getChildren().addAll(provenance, novelty, new VersionsPane(viewModel.versions(), messages),
                new CommentsPane(viewModel.comments(), messages), new VisualPromptsPane(viewModel));
        RefineViewModel refine = viewModel.refine();
        if (refine != null) {
            getChildren().add(0, new RefinePane(refine, messages));
        }
        viewModel.originProperty().addListener((o, a, b) -> showProvenance());
        viewModel.figuresProperty().addListener((o, a, b) -> showNovelty());
        showProvenance();
        showNovelty();
    }

    /** The editor closed: the sections stop following the board. */
    void dispose() {
        viewModel.dispose();
    }

    private void showProvenance() {
        IdeaOrigin o = viewModel.originProperty().get();
        provenance.getChildren().clear();
        hide(provenance, o == null);
        if (o == null) {
            return;
        }
        BoardInsightsViewModel insights = viewModel.insights();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        int row = 0;
        String technique = insights.techniqueName(o.techniqueId());
        if (!technique.isEmpty()) {
            row = add(grid, row, "board.origin.technique", o.facet().isBlank() ? technique
                    : messages.get("board.origin.techniqueFacet", technique, o.facet()));
        } else if (!o.facet().isBlank()) {
            row = add(grid, row, "board.origin.facet", o.facet());
        }
        if (o.mode() != null && !o.mode().isBlank()) {
            String key = "board.origin.mode." + o.mode();
            row = add(grid, row, "board.origin.mode", messages.has(key) ? messages.get(key) : o.mode());
        }
        String model = o.model().isBlank() ? o.provider() : o.provider().isBlank() ? o.model()
                : messages.get("board.origin.providerModel", o.provider(), o.model());
        if (!model.isBlank()) {
            row = add(grid, row, "board.origin.model", model);
        }
        if (o.conversationId() != null) {
            row = add(grid, row, "board.origin.conversation", messages.get("board.origin.conversationN", o.conversationId()));
        }
        if (o.briefVersionId() != null) {
            row = add(grid, row, "board.origin.brief", messages.get("board.origin.briefN", o.briefVersionId()));
        }
        if (o.createdAt() != null) {
            row = add(grid, row, "board.origin.when", new TimeText(messages).absolute(o.createdAt()));
        }
        add(grid, row, "board.origin.how", messages.get(o.byHand() ? "board.origin.byHand" : "board.origin.captured"));
        provenance.getChildren().addAll(heading("board.origin.heading", "fth-cpu"), grid);
    }

    private void showNovelty() {
        IdeaDetailsViewModel.Figures f = viewModel.figuresProperty().get();
        novelty.getChildren().clear();
        boolean meter = viewModel.insights().isAvailable();
        hide(novelty, !meter || !viewModel.loadedProperty().get() && f == null);
        if (!meter) {
            return;
        }
        novelty.getChildren().add(heading("board.novelty.heading", "fth-compass"));
        NoveltyText text = new NoveltyText(messages);
        if (f == null) {
            novelty.getChildren().add(meta(messages.get("board.novelty.notMeasured")));
            return;
        }
        var n = f.novelty();
        Label distance = meta(n.baselineDistance() == null ? messages.get("board.novelty.tip.noBaseline")
                : text.distance(n.baselineDistance()));
        distance.setId("board-editor-distance");
        distance.setTooltip(BoardInsightsPane.tip(text.tooltip(n, viewModel.insights().duplicateThreshold())));
        novelty.getChildren().add(distance);
        if (n.nearestId() != null && f.nearestTitle() != null) {
            novelty.getChildren().add(link("board-editor-nearest", messages.get("board.novelty.nearest",
                    text.figure(n.nearestSimilarity())), f.nearestTitle(), n.nearestId()));
        }
        if (n.duplicateOf() != null && f.duplicateTitle() != null) {
            novelty.getChildren().add(link("board-editor-duplicate", messages.get("board.duplicate.flag", n.duplicateOf()),
                    f.duplicateTitle(), n.duplicateOf()));
        }
    }

    private HBox link(String id, String lead, String title, long target) {
        Label l = meta(lead);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Hyperlink h = new Hyperlink(title);
        h.setId(id);
        h.setMinWidth(0);
        h.setOnAction(e -> open.accept(target));
        h.setTooltip(BoardInsightsPane.tip(messages.get("board.novelty.openTip")));
        HBox row = new HBox(4, l, h);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(h, Priority.ALWAYS);
        return row;
    }

    private int add(GridPane grid, int row, String key, String value) {
        Label k = new Label(messages.get(key));
        k.getStyleClass().add(BoardStyles.EDITOR_META);
        Label v = new Label(value);
        v.setWrapText(true);
        GridPane.setValignment(k, javafx.geometry.VPos.BASELINE);
        GridPane.setValignment(v, javafx.geometry.VPos.BASELINE);
        grid.addRow(row, k, v);
        return row + 1;
    }

    private Label heading(String key, String icon) {
        return EditorSections.heading(messages, key, icon);
    }

    private static VBox section(String id) {
        VBox v = new VBox(6);
        v.setId(id);
        v.getStyleClass().add(BoardStyles.EDITOR_SECTION);
        return v;
    }
}
