package org.offpiste.workspace;

/** A non-modal message shown in the banner above the panes. */
public record Notice(Kind kind, String text) {
    public enum Kind { INFO, WARNING, ERROR }
}
