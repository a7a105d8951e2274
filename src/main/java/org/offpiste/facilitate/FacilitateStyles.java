package org.offpiste.facilitate;

import java.util.Objects;
import javafx.css.PseudoClass;

/** Style classes and pseudo-classes of facilitator mode ({@code facilitate.css}). */
final class FacilitateStyles {
    static final String CSS = Objects.requireNonNull(FacilitateStyles.class.getResource("facilitate.css"),
            "facilitate.css").toExternalForm();
    static final PseudoClass TIME_UP = PseudoClass.getPseudoClass("time-up");
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    static final String STRIP = "round-strip";
    static final String STRIP_TITLE = "round-strip-title";
    static final String STRIP_HINT = "round-strip-hint";
    static final String STRIP_TIME = "round-strip-time";
    static final String PANEL = "workshop-panel";
    static final String ROUNDS = "workshop-rounds";
    static final String ROUND_CELL = "workshop-round-cell";
    static final String ROUND_NAME = "workshop-round-name";
    static final String ROUND_META = "workshop-round-meta";
    static final String CENTRE = "workshop-centre";
    static final String TITLE = "workshop-title";
    static final String HINT = "workshop-hint";
    static final String TIMER = "workshop-timer";
    static final String CONTROLS = "workshop-controls";
    static final String ERROR = "workshop-error";
    static final String IDLE = "workshop-idle";
    static final String EDITOR = "agenda-editor";
    static final String PALETTE = "agenda-palette";
    static final String HEADING = "agenda-heading";
    static final String BLOCK_CELL = "agenda-block-cell";
    static final String BLOCK_NAME = "agenda-block-name";
    static final String BLOCK_META = "agenda-block-meta";
    static final String OPTIONS = "agenda-options";
    static final String TOTAL = "agenda-total";
    static final String NOTICE = "agenda-notice";
    static final String PROBLEM = "agenda-problem";

    private FacilitateStyles() {
    }
}
