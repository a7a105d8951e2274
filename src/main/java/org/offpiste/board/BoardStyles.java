package org.offpiste.board;

/** Style classes and pseudo-classes of the board pane ({@code board.css}). */
final class BoardStyles {
    static final String PANE = "board";
    static final String TOOLBAR = "board-toolbar";
    static final String QUICK_ADD = "quick-add";
    static final String SEARCH = "board-search";
    static final String SORT = "board-sort";
    static final String FILTER_ROW = "filter-row";
    static final String STATUS_CHIP = "status-chip";
    static final String CHIP_COUNT = "chip-count";
    static final String STATUS_DOT = "status-dot";
    static final String ACTIVE_FILTERS = "active-filters";
    static final String COUNT = "board-count";
    static final String LIST = "idea-list";
    static final String CELL = "idea-cell";
    static final String CARD = "idea-card";
    static final String CARD_TITLE = "card-title";
    static final String CARD_BODY = "card-body";
    static final String CARD_META = "card-meta";
    static final String CARD_SCORE = "card-score";
    static final String CARD_TAGS = "card-tags";
    static final String CARD_PLACEHOLDER = "card-placeholder";
    static final String STATUS_BADGE = "status-badge";
    static final String TAG_CHIP = "tag-chip";
    static final String TAG_MORE = "tag-more";
    static final String EMPTY_STATE = "empty-state";
    static final String EMPTY_ICON = "empty-icon";
    static final String EMPTY_TITLE = "empty-title";
    static final String EMPTY_TEXT = "empty-text";
    static final String SNACKBAR = "snackbar";
    static final String SNACKBAR_TEXT = "snackbar-text";
    static final String READ_ONLY_BANNER = "read-only-banner";
    static final String EDITOR = "idea-editor";
    static final String EDITOR_HEADER = "editor-header";
    static final String EDITOR_FORM = "editor-form";
    static final String EDITOR_HEADING = "editor-heading";
    static final String EDITOR_LABEL = "editor-label";
    static final String EDITOR_META = "editor-meta";
    static final String EDITOR_FOOTER = "editor-footer";
    static final String EDITOR_TITLE = "editor-title";
    static final String TAG_FIELD = "tag-field";
    static final String TAG_FIELD_INPUT = "tag-field-input";
    static final String TAG_REMOVE = "tag-remove";
    static final String NOVELTY_ROW = "novelty-row";
    static final String NOVELTY_BAR = "novelty-bar";
    static final String NOVELTY_TEXT = "novelty-text";
    static final String DUPLICATE_FLAG = "duplicate-flag";
    static final String THEME_CHIP = "theme-chip";
    static final String THEME_HEADER = "theme-header";
    static final String THEME_HEADER_NAME = "theme-header-name";
    static final String INSIGHTS = "board-insights";
    static final String INSIGHTS_FIGURE = "insights-figure";
    static final String INSIGHTS_CALM = "insights-calm";
    static final String EDITOR_SECTION = "editor-section";
    static final String PROMPT_CARD = "prompt-card";
    static final String PROMPT_TEXT = "prompt-text";
    static final String COPIED = "copied";
    static final String VERSIONS = "versions";
    static final String VERSION_LIST = "version-list";
    static final String VERSION_CELL = "version-cell";
    static final String VERSION_LINE = "version-line";
    static final String VERSION_NOTE = "version-note";
    static final String VERSION_PREVIEW = "version-preview";
    static final String VERSION_TITLE = "version-title";
    static final String EDITED_MARK = "edited-mark";
    static final String SECTION_PROBLEM = "section-problem";
    static final String COMMENTS = "comments";
    static final String COMMENT = "comment";
    static final String COMMENT_BODY = "comment-body";
    static final String COMMENT_DELETE = "comment-delete";
    static final String COMMENT_CONFIRM = "comment-confirm";


    private BoardStyles() {
    }

}
