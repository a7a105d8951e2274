package org.offpiste.judge;

/** Style classes of the votes tab ({@code votes.css}). */
final class VoteStyles {
    static final String PANE = "votes";
    static final String HEADER = "votes-header";
    static final String HEADING = "votes-heading";
    static final String ROUNDS = "vote-rounds";
    static final String ROUND_CELL = "vote-round-cell";
    static final String ROUND_NAME = "vote-round-name";
    static final String ROUND_STATE = "vote-round-state";
    static final String ROUND_META = "vote-round-meta";
    static final String CENTRE = "votes-centre";
    static final String HINT = "votes-hint";
    static final String NOTICE = "votes-notice";
    static final String READ_ONLY = "votes-read-only";
    static final String FORM = "vote-form";
    static final String CARDS = "vote-cards";
    static final String CARD = "vote-card";
    static final String CARD_TITLE = "vote-card-title";
    static final String CARD_BODY = "vote-card-body";
    static final String DOT = "vote-dot";
    static final String DOT_BUTTON = "vote-dot-button";
    static final String LEFT = "vote-left";
    static final String HANDOVER = "vote-handover";
    static final String HANDOVER_TITLE = "vote-handover-title";
    static final String RESULTS = "vote-results";
    static final String BAR = "vote-bar";
    static final String BAR_TITLE = "vote-bar-title";
    static final String BAR_COUNT = "vote-bar-count";
    /** Pseudo-class of a dot that is given, of a closed round's state, and of a ballot with too many dots. */
    static final String FILLED = "filled";
    static final String CLOSED = "closed";
    static final String OVER = "over";

    private VoteStyles() {
    }
}
