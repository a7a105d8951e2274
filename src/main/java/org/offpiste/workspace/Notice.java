package org.offpiste.workspace;

/**
 * A non-modal message shown in the banner above the panes, with at most one action.
 *
 * @param action   the action button's text, or null for none
 * @param onAction what the button does (null when there is no action)
 */
public record Notice(Kind kind, String text, String action, Runnable onAction) {
    public enum Kind { INFO, WARNING, ERROR }

    public Notice(Kind kind, String text) {
        this(kind, text, null, null);
    }
}
