package org.offpiste.board;

import org.offpiste.i18n.Messages;
import org.offpiste.novelty.Baseline;
import org.offpiste.novelty.BaselineState;

/** The banal baseline's state in words, for the board's strip. */
final class BaselineText {
    private final Messages messages;

    BaselineText(Messages messages) {
        this.messages = messages;
    }

    /** One line: where the baseline stands. */
    String line(BaselineState state) {
        if (state == null) {
            return "";
        }
        return switch (state.status()) {
            case READY -> state.baseline().map(this::ready).orElse(messages.get("board.baseline.missing"));
            case RUNNING -> messages.get("board.baseline.running");
            case MISSING -> state.baseline().map(b -> messages.get("board.baseline.earlier", b.items().size(), who(b),
                    b.briefVersionId())).orElse(messages.get("board.baseline.missing"));
            case NO_MODEL -> messages.get("board.baseline.noModel");
            case NO_EMBEDDER -> messages.get("board.novelty.unavailable");
            case FAILED -> messages.get("board.baseline.failed", state.failure().map(messages::describe)
                    .orElse(messages.get("board.baseline.unknownFailure")));
        };
    }

    private String ready(Baseline b) {
        return messages.get("board.baseline.ready", b.items().size(), who(b), b.briefVersionId());
    }

    private static String who(Baseline b) {
        return b.model().isBlank() ? b.provider() : b.model();
    }
}
