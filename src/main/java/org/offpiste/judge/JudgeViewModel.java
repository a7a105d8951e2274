package org.offpiste.judge;

/**
 * The judgement screen: ranking, criteria, dot votes and duels side by side in tabs.
 * Stub of the contract: the duels-and-ranking stream completes it (tab memory, refresh on board changes).
 */
public final class JudgeViewModel {
    private final CriteriaViewModel criteria;
    private final VotesViewModel votes;
    private final DuelsViewModel duels;
    private final RankingViewModel ranking;

    public JudgeViewModel(JudgeContext context) {
        this.criteria = new CriteriaViewModel(context);
        this.votes = new VotesViewModel(context);
        this.duels = new DuelsViewModel(context);
        this.ranking = new RankingViewModel(context);
    }

    public CriteriaViewModel criteria() {
        return criteria;
    }

    public VotesViewModel votes() {
        return votes;
    }

    public DuelsViewModel duels() {
        return duels;
    }

    public RankingViewModel ranking() {
        return ranking;
    }

    public void dispose() {
        criteria.dispose();
        votes.dispose();
        duels.dispose();
        ranking.dispose();
    }
}
