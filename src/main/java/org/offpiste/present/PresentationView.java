package org.offpiste.present;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.text.FontWeight;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.offpiste.board.IdeaStatus;
import org.offpiste.i18n.Messages;
import org.offpiste.present.PresentationViewModel.Mode;
import org.offpiste.present.PresentationViewModel.State;
import org.offpiste.ui.BaseStyles;

/**
 * Presentation mode: an undecorated full-screen window on the screen the main window is on, with
 * the keys of a slide show (and of a presenter's clicker: Page Up, Page Down). Esc leaves at once.
 */
public final class PresentationView {
    private static final Duration HINT_SHOWN = Duration.seconds(5);
    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");
    private final PresentationViewModel vm;
    private final Messages m;
    private final Window owner;
    private final Runnable onClosed;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final StackPane root = new StackPane();
    private final StackPane content = new StackPane();
    private final OneIdeaPane one;
    private final SlideGridPane grid;
    private final EmptyLanePane empty;
    private final Label loading = new Label();
    private final Label lane = corner("present-lane", PresentStyles.META);
    private final Label position = corner("present-position", PresentStyles.META);
    private final Label round = corner("present-round", PresentStyles.ROUND);
    private final Label hint = corner("present-hint", PresentStyles.HINT);
    private final SequentialTransition hintFade;
    private final Subscription subscriptions;
    private boolean closed;

    /** @param onClosed runs once the presentation has left the screen (Esc, or its window closed) */
    public PresentationView(PresentationViewModel vm, Messages messages, Window owner, Runnable onClosed) {
        this.vm = vm;
        this.m = messages;
        this.owner = owner;
        this.onClosed = onClosed;
        TypeScale scale = new TypeScale(root.heightProperty());
        one = new OneIdeaPane(scale, messages);
        grid = new SlideGridPane(scale, messages, vm::open);
        empty = new EmptyLanePane(scale, messages, vm::switchLane);
        loading.setText(m.get("present.loading"));
        loading.getStyleClass().add(PresentStyles.BODY);
        scale.bind(loading, TypeScale.EMPTY_TEXT, FontWeight.NORMAL);
        scale.bind(lane, TypeScale.META, FontWeight.BOLD);
        scale.bind(position, TypeScale.META, FontWeight.BOLD);
        scale.bind(round, TypeScale.META, FontWeight.BOLD);
        scale.bind(hint, TypeScale.HINT, FontWeight.NORMAL);
        hint.setText(m.get("present.hint"));
        hintFade = new SequentialTransition(hint, new PauseTransition(HINT_SHOWN), fade());
        root.getStyleClass().add(PresentStyles.ROOT);
        root.setId("presentation");
        root.getChildren().addAll(content, lane, round, position, hint);
        StackPane.setAlignment(lane, Pos.TOP_LEFT);
        StackPane.setAlignment(round, Pos.TOP_RIGHT);
        StackPane.setAlignment(position, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(hint, Pos.BOTTOM_CENTER);
        root.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        ListChangeListener<Slide> slides = c -> showSlides();
        vm.slides().addListener(slides);
        subscriptions = Subscription.combine(
                () -> vm.slides().removeListener(slides),
                root.heightProperty().subscribe(h -> place()),
                root.widthProperty().subscribe(w -> place()),
                vm.currentProperty().subscribe(one::show),
                vm.indexProperty().subscribe(i -> showPlace()),
                vm.modeProperty().subscribe(mode -> showContent()),
                vm.stateProperty().subscribe(state -> showContent()),
                vm.laneProperty().subscribe(this::showLane),
                vm.roundProperty().subscribe(this::showRound));
        showSlides();
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(BaseStyles.URL, PresentStyles.CSS);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) { // on release: the key's last event reaches this window, not a closed one
                e.consume();
                close();
            }
        });
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnHidden(e -> finish());
    }

    /** Shows the presentation full screen on the screen of the owner window, with the keys' hint for a few seconds. */
    public void show() {
        Rectangle2D bounds = screen().getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.show(); // then full screen: the window takes the keys first (the headless toolkit needs that too)
        stage.toFront();
        stage.requestFocus();
        stage.setFullScreen(true);
        root.requestFocus();
        showHint();
    }

    /** Leaves the presentation. */
    public void close() {
        stage.hide();
    }

    public Stage stage() {
        return stage;
    }

    private Screen screen() {
        if (owner == null || owner.getWidth() <= 0) {
            return Screen.getPrimary();
        }
        return Screen.getScreensForRectangle(owner.getX() + owner.getWidth() / 2, owner.getY() + owner.getHeight() / 2,
                1, 1).stream().findFirst().orElse(Screen.getPrimary());
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean inGrid = vm.modeProperty().get() == Mode.GRID;
        switch (e.getCode()) {
            case RIGHT, SPACE, PAGE_DOWN, DOWN -> vm.next();
            case LEFT, PAGE_UP, UP, BACK_SPACE -> vm.previous();
            case HOME -> vm.first();
            case END -> vm.last();
            case G -> vm.toggleGrid();
            case ENTER -> {
                if (inGrid) {
                    vm.open(vm.indexProperty().get());
                }
            }
            case F -> stage.setFullScreen(!stage.isFullScreen());
            case I -> vm.switchLane();
            case H -> showHint();
            case ESCAPE -> { } // leaves when the key is released
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** One idea: a click on the right half moves on, on the left half goes back. */
    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || vm.modeProperty().get() != Mode.ONE
                || vm.stateProperty().get() != State.SHOWING) {
            return;
        }
        if (e.getX() >= root.getWidth() / 2) {
            vm.next();
        } else {
            vm.previous();
        }
    }

    private void showSlides() {
        grid.show(vm.slides());
        grid.focus(vm.indexProperty().get());
        showPlace();
    }

    private void showPlace() {
        int i = vm.indexProperty().get();
        position.setText(i < 0 ? "" : m.get("present.position", i + 1, vm.slides().size()));
        grid.focus(i);
    }

    private void showContent() {
        State state = vm.stateProperty().get();
        Node shown = switch (state) {
            case LOADING -> loading;
            case EMPTY, FAILED -> empty;
            case SHOWING -> vm.modeProperty().get() == Mode.GRID ? grid : one;
        };
        if (state == State.EMPTY || state == State.FAILED) {
            empty.show(vm.laneProperty().get(), state == State.FAILED);
        }
        position.setVisible(state == State.SHOWING);
        if (content.getChildren().size() != 1 || content.getChildren().get(0) != shown) {
            content.getChildren().setAll(shown);
        }
        if (shown == grid) {
            grid.focus(vm.indexProperty().get());
        }
        place();
    }

    private void showLane(IdeaStatus status) {
        lane.setText(m.get(status == IdeaStatus.SHORTLIST ? "present.lane.shortlist" : "present.lane.inbox"));
        stage.setTitle(m.get("present.stage", lane.getText()));
        showContent();
    }

    private void showRound(RoundClock clock) {
        round.setVisible(clock != null);
        if (clock != null) {
            round.setText(m.get("present.round", m.get(clock.kind().nameKey()), clock.minutesSeconds(),
                    clock.number(), clock.rounds()));
            round.pseudoClassStateChanged(PAUSED, !clock.running());
        }
    }

    private void showHint() {
        hintFade.stop();
        hint.setOpacity(1);
        hintFade.playFromStart();
    }

    private FadeTransition fade() {
        FadeTransition f = new FadeTransition(Duration.seconds(1));
        f.setToValue(0);
        return f;
    }

    /** Margins that grow with the screen: the text keeps clear of the corners. */
    private void place() {
        double h = root.getHeight();
        double w = root.getWidth();
        boolean inGrid = content.getChildren().contains(grid);
        content.setPadding(inGrid ? new Insets(h * 0.08, w * 0.05, h * 0.08, w * 0.05)
                : new Insets(h * 0.09, w * 0.07, h * 0.1, w * 0.07));
        Insets corner = new Insets(h * 0.03, w * 0.03, h * 0.03, w * 0.03);
        for (Label l : new Label[] {lane, round, position, hint}) {
            StackPane.setMargin(l, corner);
        }
    }

    private void finish() {
        if (closed) {
            return;
        }
        closed = true;
        hintFade.stop();
        subscriptions.unsubscribe();
        onClosed.run();
    }

    private static Label corner(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setMouseTransparent(true);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
