package org.offpiste.board;

import org.offpiste.ui.TaskExecutor;

/** (Being written by the board work stream.) */
public final class BoardViewModel {
    public BoardViewModel(org.offpiste.board.BoardService service, TaskExecutor executor, boolean readOnly) {
    }
}
