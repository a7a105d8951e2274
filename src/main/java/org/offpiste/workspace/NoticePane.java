package org.offpiste.workspace;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.Icons;

/** A slim banner above the panes for messages that need no answer ("Copy saved to …"). */
final class NoticePane extends HBox {
    static final String STYLE_CLASS = "notice-banner";
    private final Label text = new Label();
    private final Button action = new Button();
    private final Subscription subscription;

    NoticePane(WorkspaceViewModel vm, Messages messages) {
        getStyleClass().add(STYLE_CLASS);
        setId("notice");
        setAlignment(Pos.CENTER_LEFT);
        text.setWrapText(true);
        text.getStyleClass().add("notice-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps instead of being cut
        Button close = new Button(null, Icons.of(Feather.X));
        close.getStyleClass().addAll("flat", "button-icon", "notice-close");
        close.setTooltip(new Tooltip(messages.get("ui.notice.dismiss")));
        close.setOnAction(e -> vm.dismissNotice());
        action.setId("notice-action");
        action.getStyleClass().add("notice-action");
        action.setMnemonicParsing(false);
        action.setMinWidth(Button.USE_PREF_SIZE);
        getChildren().addAll(text, action, close);
        subscription = vm.noticeProperty().subscribe(this::show);
    }

    void dispose() {
        subscription.unsubscribe();
    }

    private void show(Notice notice) {
        boolean on = notice != null;
        setVisible(on);
        setManaged(on);
        getStyleClass().removeAll("info", "warning", "error");
        if (on) {
            getStyleClass().add(notice.kind().name().toLowerCase(Locale.ROOT));
            text.setText(notice.text());
            boolean hasAction = notice.action() != null && notice.onAction() != null;
            action.setVisible(hasAction);
            action.setManaged(hasAction);
            action.setText(hasAction ? notice.action() : null);
            action.setOnAction(e -> {
                if (notice.onAction() != null) {
                    notice.onAction().run();
                }
            });
            text.setGraphic(Icons.of(switch (notice.kind()) {
                case INFO -> Feather.INFO;
                case WARNING -> Feather.ALERT_TRIANGLE;
                case ERROR -> Feather.ALERT_OCTAGON;
            }));
        }
    }
}
