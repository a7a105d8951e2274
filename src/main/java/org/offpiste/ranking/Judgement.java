package org.offpiste.ranking;

/** The three ways to rank the ideas of one project. */
public record Judgement(CriteriaService criteria, VoteService votes, DuelService duels) {
}
