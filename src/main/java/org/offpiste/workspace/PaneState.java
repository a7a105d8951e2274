package org.offpiste.workspace;

import org.offpiste.board.BoardViewModel;

/** What the person had set in the panes, carried over when the panes are built again over the same project. */
final class PaneState {
    private PaneState() {
    }

    /** The board's search, filters, sort and selection, and the judgement screen's tab. */
    static void carry(OpenProject from, OpenProject to) {
        BoardViewModel a = from.board();
        BoardViewModel b = to.board();
        b.searchTextProperty().set(a.searchTextProperty().get());
        b.statusFilterProperty().set(a.statusFilterProperty().get());
        b.getTagFilter().addAll(a.getTagFilter());
        b.sortProperty().set(a.sortProperty().get());
        if (!a.selectedIds().isEmpty()) {
            b.reveal(a.selectedIds().get(0));
        }
        if (from.judge() != null && to.judge() != null) {
            to.judge().tabProperty().set(from.judge().tabProperty().get());
        }
    }
}
