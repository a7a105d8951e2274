package org.offpiste.facilitate;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.offpiste.workshop.Block;

/** A block of the agenda being edited: position, name, length and options. */
final class BlockCell extends ListCell<Block> {
    private final AgendaEditorViewModel vm;
    private final Label name = new Label();
    private final Label meta = new Label();
    private final VBox box = new VBox(2, name, meta);

    BlockCell(AgendaEditorViewModel vm) {
        this.vm = vm;
        getStyleClass().add(FacilitateStyles.BLOCK_CELL);
        name.getStyleClass().add(FacilitateStyles.BLOCK_NAME);
        meta.getStyleClass().add(FacilitateStyles.BLOCK_META);
        meta.setWrapText(true);
        meta.prefWidthProperty().bind(listViewProperty().flatMap(l -> l.widthProperty()).map(w -> w.doubleValue() - 36)
                .orElse(200.0)); // wraps within the list, no sideways scroll
        meta.setMinHeight(USE_PREF_SIZE);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Block block, boolean empty) {
        super.updateItem(block, empty);
        if (empty || block == null) {
            setGraphic(null);
            return;
        }
        name.setText((getIndex() + 1) + ". " + vm.blockName(block));
        String options = vm.blockOptions(block);
        meta.setText(options.isEmpty() ? vm.blockLength(block) : vm.blockLength(block) + " · " + options);
        setGraphic(box);
    }
}
