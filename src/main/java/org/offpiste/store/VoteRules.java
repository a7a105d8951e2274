package org.offpiste.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteRuleException;
import org.offpiste.ranking.VoteRuleException.Rule;

/**
 * The checks the store adds to {@link org.offpiste.ranking.BallotRules} before writing, and the translation of the file's own
 * refusals (the triggers of schema version 4, unique names, a participant's second anonymous ballot, missing ideas) into the same rules.
 */
final class VoteRules {
    private static final int CONSTRAINT = 19;

    private VoteRules() {
    }

    /** Refuses candidates that are not live ideas of the board. */
    static void checkLive(Connection c, List<Long> ideas) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM idea WHERE id = ? AND deleted_at IS NULL")) {
            for (long id : ideas) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new VoteRuleException(Rule.NO_SUCH_IDEA, String.valueOf(id));
                    }
                }
            }
        }
    }

    /** Throws the rule a refusal of the file stands for; returns when it is not a voting rule. */
    static void translate(SQLException e) {
        if (!isConstraint(e)) {
            return;
        }
        String text = String.valueOf(e.getMessage());
        if (text.contains("anonymous round keeps no voter name")) {
            throw new VoteRuleException(Rule.ANONYMOUS, text);
        }
        if (text.contains("vote_participant")) {
            throw new VoteRuleException(Rule.ALREADY_VOTED, text);
        }
        if (text.contains("the round is closed")) {
            throw new VoteRuleException(Rule.CLOSED, text);
        }
        if (text.contains("vote_round.name") || text.contains("vote_round_by_name")) {
            throw new VoteRuleException(Rule.NAME_TAKEN, text);
        }
        if (text.toUpperCase(Locale.ROOT).contains("FOREIGN KEY")) {
            throw new VoteRuleException(Rule.NO_SUCH_IDEA, text);
        }
        if (text.contains("breaks the round")) {
            throw new VoteRuleException(Rule.OVER_ALLOWANCE, text);
        }
    }

    /**
     * Throws the rule the refused vote ({@code dots} on {@code idea}, after {@code before} dots of the
     * same ballot) breaks; returns when the refusal was not about a voting rule. Nothing is asked of
     * the database: on PostgreSQL the refusal has aborted the transaction.
     */
    static void diagnose(VoteRound round, long idea, int dots, int before, SQLException e) {
        if (!isConstraint(e) || !String.valueOf(e.getMessage()).contains("breaks the round")) {
            translate(e);
            return;
        }
        if (!round.candidates().contains(idea)) {
            throw new VoteRuleException(Rule.NOT_A_CANDIDATE, String.valueOf(idea));
        }
        if (dots > round.maxPerIdea()) {
            throw new VoteRuleException(Rule.OVER_PER_IDEA, idea + ": " + dots);
        }
        throw new VoteRuleException(Rule.OVER_ALLOWANCE, (before + dots) + " > " + round.allowance());
    }

    /**
     * A refusal by a constraint or a trigger: SQLite's SQLITE_CONSTRAINT; PostgreSQL's integrity
     * violations (SQLSTATE class 23) and a trigger's RAISE EXCEPTION (P0001).
     */
    private static boolean isConstraint(SQLException e) {
        String state = e.getSQLState();
        return (e.getErrorCode() & 0xFF) == CONSTRAINT || String.valueOf(e.getMessage()).contains("CONSTRAINT")
                || state != null && (state.startsWith("23") || state.equals("P0001"));
    }
}
