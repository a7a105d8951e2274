package org.offpiste.workspace;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.Icons;

/** The banner at the top of the window while a team board's server is away (the board is read-only then). */
final class OfflineBanner extends HBox {
    static final String STYLE_CLASS = "offline-banner";
    private final Subscription subscription;

    OfflineBanner(LiveBoard live, Messages messages) {
        getStyleClass().addAll(NoticePane.STYLE_CLASS, "error", STYLE_CLASS);
        setId("offline-banner");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(messages.get("live.offline"), Icons.of(Feather.WIFI_OFF));
        text.getStyleClass().add("notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().add(text);
        subscription = live.offlineProperty().subscribe(this::show);
    }

    void dispose() {
        subscription.unsubscribe();
    }

    private void show(boolean offline) {
        setVisible(offline);
        setManaged(offline);
    }
}
