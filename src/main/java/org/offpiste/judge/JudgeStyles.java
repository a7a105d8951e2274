package org.offpiste.judge;

/** Style classes of the judgement screen (judge.css). */
final class JudgeStyles {
    static final String CSS = JudgeStyles.class.getResource("judge.css").toExternalForm();
    static final String SCREEN = "judge";
    static final String TOOLBAR = "judge-toolbar";
    static final String CALM = "judge-calm";
    /** Quiet text inside a row ("no duels yet"). */
    static final String MUTED = "judge-muted";
    static final String NOTE = "judge-note";
    static final String PROBLEM = "judge-problem";
    static final String STAGE = "duel-stage";
    static final String QUESTION = "duel-question";
    static final String BRIEF_TITLE = "duel-brief-title";
    static final String CARDS = "duel-cards";
    static final String CARD = "duel-card";
    static final String CARD_TITLE = "duel-card-title";
    static final String CARD_BODY = "duel-card-body";
    static final String TAG = "duel-tag";
    static final String ACTIONS = "duel-actions";
    static final String KEY = "duel-key";
    static final String PROGRESS = "duel-progress";
    static final String RANKING_TABLE = "ranking-table";
    static final String INTERVAL = "ranking-interval";
    static final String INTERVAL_RANGE = "ranking-interval-range";
    static final String INTERVAL_POINT = "ranking-interval-point";

    private JudgeStyles() {
    }
}
