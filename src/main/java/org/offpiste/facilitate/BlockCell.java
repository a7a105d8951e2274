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
