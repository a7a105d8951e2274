package org.offpiste.judge;

/** Style classes of the Criteria tab ({@code criteria.css}). */
final class CriteriaStyles {
    static final String PANE = "criteria";
    static final String TOOLBAR = "criteria-toolbar";
    static final String WEIGHTS = "criteria-weights";
    static final String WEIGHT_CHIP = "criteria-weight";
    static final String WEIGHT_NAME = "criteria-weight-name";
    static final String TABLE = "criteria-table";
    static final String RATING_CELL = "criteria-rating-cell";
    static final String CRITERION_COLUMN = "criteria-criterion-column";
    static final String CRITERION_HEADER = "criteria-criterion-header";
    static final String SCORE_CELL = "criteria-score-cell";
    static final String HINT = "criteria-hint";
    static final String PROBLEM = "criteria-problem";
    static final String SMALL_BUTTON = "criteria-small-button";

    private CriteriaStyles() {
    }
}
