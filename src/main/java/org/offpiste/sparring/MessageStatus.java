package org.offpiste.sparring;

/** Where a message stands. A person's message is always COMPLETE. */
public enum MessageStatus {
    COMPLETE,
    /** Arriving now; found at open (the program was killed), it becomes INCOMPLETE. */
    STREAMING,
    /** The person pressed Stop. */
    STOPPED,
    /** The stream broke, stalled or was cut; the text is what arrived. */
    INCOMPLETE,
    /** Nothing arrived: the request failed. */
    FAILED
}
