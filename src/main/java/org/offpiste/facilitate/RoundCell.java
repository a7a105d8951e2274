package org.offpiste.facilitate;

/** A round in the facilitator's list: its name, options and length; the current one highlighted. */
final class RoundCell extends TwoLineCell<RoundRow> {
    RoundCell() {
        super(FacilitateStyles.ROUND_CELL, FacilitateStyles.ROUND_NAME, FacilitateStyles.ROUND_META);
    }

    @Override
    protected void updateItem(RoundRow row, boolean empty) {
        super.updateItem(row, empty);
        pseudoClassStateChanged(FacilitateStyles.CURRENT, !empty && row != null && row.current());
        pseudoClassStateChanged(FacilitateStyles.DONE, !empty && row != null && row.done());
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        show(row.position() + ". " + row.name(), row.length(), row.options());
    }
}
