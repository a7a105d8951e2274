package org.offpiste.facilitate;

import org.offpiste.workshop.Block;

/** A block of the agenda being edited: position, name, length and options. */
final class BlockCell extends TwoLineCell<Block> {
    private final AgendaEditorViewModel vm;

    BlockCell(AgendaEditorViewModel vm) {
        super(FacilitateStyles.BLOCK_CELL, FacilitateStyles.BLOCK_NAME, FacilitateStyles.BLOCK_META);
        this.vm = vm;
    }

    @Override
    protected void updateItem(Block block, boolean empty) {
        super.updateItem(block, empty);
        if (empty || block == null) {
            setGraphic(null);
            return;
        }
        show((getIndex() + 1) + ". " + vm.blockName(block), vm.blockLength(block), vm.blockOptions(block));
    }
}
