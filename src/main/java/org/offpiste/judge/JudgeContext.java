package org.offpiste.judge;

import java.util.function.Supplier;
import org.offpiste.board.BoardService;
import org.offpiste.brief.BriefService;
import org.offpiste.ranking.Judgement;
import org.offpiste.ui.TaskExecutor;

/**
 * What the judgement screen's view models work with: the board (ideas, Shortlist), the three ways
 * to rank, the brief (its title in "which is stronger for this brief?") and the rater's name.
 *
 * @param rater    the name a person's ratings and duels are kept under (the author name of the settings)
 * @param readOnly true when the project could only be opened for reading: nothing can be rated, voted or duelled
 */
public record JudgeContext(BoardService board, Judgement judgement, BriefService brief, Supplier<String> rater,
                           TaskExecutor executor, boolean readOnly) {
}
