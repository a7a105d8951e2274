package org.offpiste.ranking;

/** A vote that breaks a round's rules; {@link #rule()} says which, for a message in the person's language. */
public final class VoteRuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The rules of a round. */
    public enum Rule {
        /** More dots than the allowance. */
        OVER_ALLOWANCE,
        /** More dots on one idea than allowed. */
        OVER_PER_IDEA,
        /** An idea that is not a candidate of the round. */
        NOT_A_CANDIDATE,
        /** The round is closed. */
        CLOSED,
        /** A named round needs the voter's name. */
        NAME_NEEDED,
        /** An anonymous round takes no name. */
        ANONYMOUS,
        /** Results are hidden until the round is closed. */
        STILL_OPEN,
        /** No round with that id or name. */
        NO_SUCH_ROUND,
        /** Another round already has that name (case ignored). */
        NAME_TAKEN,
        /** A round needs at least one candidate. */
        NO_CANDIDATES,
        /** A candidate that is not a live idea of the board. */
        NO_SUCH_IDEA,
        /** A ballot with no dot on any idea. */
        EMPTY_BALLOT,
        /** The participant has already cast their ballot in this anonymous round (it cannot be replaced). */
        ALREADY_VOTED
    }

    private final transient Rule rule;
    private final String detail;

    public VoteRuleException(Rule rule, String detail) {
        super(rule + ": " + detail);
        this.rule = rule;
        this.detail = detail;
    }

    /** What broke the rule: the idea's id for {@link Rule#NOT_A_CANDIDATE} and {@link Rule#NO_SUCH_IDEA}. */
    public String detail() {
        return detail;
    }

    public Rule rule() {
        return rule;
    }
}
