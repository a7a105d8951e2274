package org.offpiste.sparring;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.offpiste.i18n.Messages;
import org.offpiste.ui.Icons;

/** The pane's header: the conversation picker with new / rename / delete, and the model badge. */
final class ConversationBar extends HBox {
    static final String STYLE_CLASS = "conversation-bar";
    final ComboBox<Conversation> picker = new ComboBox<>();
    final Button model = new Button();

    ConversationBar(SparringViewModel vm, MessageTexts texts, Messages m, Runnable openSettings) {
        super(6);
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        picker.setId("conversation-picker");
        picker.getStyleClass().add("conversation-picker");
        picker.setItems(vm.conversations());
        picker.setPromptText(m.get("sparring.conversation.none"));
        picker.setAccessibleText(m.get("sparring.conversation.picker"));
        picker.setCellFactory(l -> new TitleCell());
        picker.setButtonCell(new TitleCell());
        picker.setMaxWidth(320);
        picker.setMinWidth(70);
        picker.setPrefWidth(220);
        HBox.setHgrow(picker, Priority.ALWAYS);
        picker.valueProperty().bindBidirectional(vm.currentProperty());
        Button add = icon(Feather.PLUS, m.get("sparring.conversation.new"), "conversation-new");
        add.setOnAction(e -> vm.newConversation());
        Button rename = icon(Feather.EDIT_3, m.get("sparring.conversation.rename"), "conversation-rename");
        rename.setOnAction(e -> vm.renameConversation());
        rename.disableProperty().bind(vm.currentProperty().isNull());
        Button delete = icon(Feather.TRASH_2, m.get("sparring.conversation.delete"), "conversation-delete");
        delete.setOnAction(e -> vm.deleteConversation());
        delete.disableProperty().bind(vm.currentProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        model.setId("model-badge");
        model.getStyleClass().addAll("flat", "model-badge");
        model.setGraphic(Icons.of(Feather.CPU));
        model.setMnemonicParsing(false);
        model.textProperty().bind(Bindings.createStringBinding(() -> texts.badge(vm.providerProperty().get()),
                vm.providerProperty()));
        Tooltip modelTip = new Tooltip();
        modelTip.textProperty().bind(Bindings.createStringBinding(
                () -> model.getText() + "\n" + m.get("sparring.model.tooltip"), model.textProperty()));
        model.setTooltip(modelTip);
        model.setOnAction(e -> openSettings.run());
        // The conversation picker gives way first: the provider and model stay readable (the
        // tooltip and the settings have the whole name when even this is too narrow).
        model.setMinWidth(150);
        model.setMaxWidth(260);
        getChildren().addAll(picker, add, rename, delete, spacer, model);
    }

    private static Button icon(Feather ikon, String tip, String id) {
        Button b = new Button(null, Icons.of(ikon));
        b.setId(id);
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        return b;
    }

    private static final class TitleCell extends ListCell<Conversation> {
        @Override
        protected void updateItem(Conversation item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
            setMnemonicParsing(false);
        }
    }
}
