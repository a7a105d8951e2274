package org.offpiste.present;

import java.util.Objects;

/** Style classes of presentation mode ({@code present.css}). */
final class PresentStyles {
    static final String CSS = Objects.requireNonNull(PresentStyles.class.getResource("present.css"), "present.css")
            .toExternalForm();
    static final String ROOT = "presentation";
    static final String TITLE = "present-title";
    static final String BODY = "present-body";
    static final String BODY_SCROLL = "present-body-scroll";
    static final String TAG = "present-tag";
    static final String SCORE = "present-score";
    static final String META = "present-meta";
    static final String HINT = "present-hint";
    static final String ROUND = "present-round";
    static final String GRID = "present-grid";
    static final String CARD = "present-card";
    static final String CARD_TITLE = "present-card-title";
    static final String CARD_NUMBER = "present-card-number";
    static final String EMPTY = "present-empty";
    static final String EMPTY_TITLE = "present-empty-title";
    static final String EMPTY_BUTTON = "present-empty-button";

    private PresentStyles() {
    }
}
