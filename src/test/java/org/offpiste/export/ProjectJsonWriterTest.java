package org.offpiste.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.offpiste.board.IdeaComment;
import org.offpiste.board.IdeaVersion;
import org.offpiste.board.VersionKind;
import org.offpiste.ranking.BallotVote;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.CriterionScore;
import org.offpiste.ranking.CriterionSource;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ranking.IdeaScore;
import org.offpiste.ranking.Strength;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteStore;
import org.offpiste.ranking.VoteTally;

/** The JSON export holds everything: versions, comments, ratings, criteria, rounds and duels. */
class ProjectJsonWriterTest {
    private static final java.time.Instant T = ShortlistSamples.T;

    private JsonNode export(Judgements judgements, IdeaHistory history) throws Exception {
        ExportSource source = ExportSource.of(ShortlistSamples.brief("museum-late.md"),
                List.of(ShortlistSamples.idea(1, "Lanterns", "Lights"), ShortlistSamples.idea(2, "Race", "Moon")))
                .with(judgements).with(history);
        StringWriter out = new StringWriter();
        new ProjectJsonWriter(T).write(source, out);
        return new ObjectMapper().readTree(out.toString());
    }

    private static IdeaHistory history() {
        return new IdeaHistory() {
            @Override
            public List<IdeaVersion> versions(long id) {
                return id != 1 ? List.of() : List.of(
                        new IdeaVersion(1, 1, null, null, VersionKind.CREATED, "Lamps", "L", List.of("night"), "Ana",
                                false, "", T),
                        new IdeaVersion(2, 1, 1L, null, VersionKind.REFINED, "Lanterns", "Lights", List.of("night"),
                                "ollama · llama3.2", true, "make it cheaper", T.plusSeconds(5)));
            }

            @Override
            public List<IdeaComment> comments(long id) {
                return id != 1 ? List.of() : List.of(new IdeaComment(4, 1, "Ben", "Cheap enough?", T));
            }

            @Override
            public Map<Long, Integer> commentCounts() {
                return Map.of(1L, 1);
            }
        };
    }

    private static Judgements judgements() {
        VoteRound named = new VoteRound(1, "Named", false, 2, 2, List.of(1L, 2L), T, T.plusSeconds(60));
        VoteRound secret = new VoteRound(2, "Secret", true, 1, 1, List.of(1L, 2L), T, T.plusSeconds(90));
        VoteRound open = new VoteRound(3, "Open", true, 1, 1, List.of(1L, 2L), T.plusSeconds(100), null);
        return new Judgements(
                List.of(new Criterion(1, "+20% evening passes", CriterionSource.BRIEF, 2, 0, true),
                        new Criterion(2, "Feasibility", CriterionSource.FEASIBILITY, 1, 1, false)),
                Map.of(1L, List.of(new CriterionScore(1, 1, "Ana", 4, T), new CriterionScore(1, 1, "Ben", 2, T))),
                Map.of(1L, new IdeaScore(1, 3.0, 2)),
                List.of(new RoundResult(open, List.of(), List.of()),
                        new RoundResult(secret, List.of(new VoteTally(2, 2, 2), new VoteTally(1, 0, 0)),
                                List.of(new VoteStore.Ballot(9, null, List.of(new BallotVote(2, 1))),
                                        new VoteStore.Ballot(8, null, List.of(new BallotVote(1, 1))))),
                        new RoundResult(named, List.of(new VoteTally(1, 3, 2), new VoteTally(2, 1, 1)),
                                List.of(new VoteStore.Ballot(5, "Ana", List.of(new BallotVote(1, 2))),
                                        new VoteStore.Ballot(6, "Ben", List.of(new BallotVote(1, 1),
                                                new BallotVote(2, 1)))))),
                List.of(new DuelRecord(1, 1, 2, Duel.Result.LEFT, "Ana", T), new DuelRecord(2, 2, 1, Duel.Result.TIE, "", T)),
                Map.of(1L, new Strength(1, 0.3, 0.6666, 0.2, 0.95, 2)));
    }

    @Test
    void everyIdeaCarriesItsVersionsCommentsRatingsScoreAndWinChance() throws Exception {
        JsonNode json = export(judgements(), history());

        assertThat(json.get("format").asText()).isEqualTo("offpiste-export");
        assertThat(json.get("brief").get("title").asText()).isEqualTo("After dark at the natural history museum");
        JsonNode first = json.get("ideas").get(0);
        assertThat(first.get("versions")).hasSize(2);
        assertThat(first.get("versions").get(1).get("kind").asText()).isEqualTo("refined");
        assertThat(first.get("versions").get(1).get("parentId").asLong()).isEqualTo(1);
        assertThat(first.get("versions").get(1).get("instruction").asText()).isEqualTo("make it cheaper");
        assertThat(first.get("versions").get(1).get("byModel").asBoolean()).isTrue();
        assertThat(first.get("comments").get(0).get("author").asText()).isEqualTo("Ben");
        assertThat(first.get("ratings")).hasSize(2);
        assertThat(first.get("ratings").get(1).get("rater").asText()).isEqualTo("Ben");
        assertThat(first.get("weightedScore").get("score").asDouble()).isEqualTo(3.0);
        assertThat(first.get("winChance").get("chance").asDouble()).isEqualTo(0.667);
        assertThat(first.get("winChance").get("low").asDouble()).isEqualTo(0.2);
        JsonNode second = json.get("ideas").get(1);
        assertThat(second.get("weightedScore").isNull()).isTrue();
        assertThat(second.get("winChance").isNull()).isTrue();
        assertThat(second.get("versions")).isEmpty();
    }

    @Test
    void criteriaRoundsAndDuelsAreWrittenAndAnonymousBallotsCarryNoName() throws Exception {
        JsonNode json = export(judgements(), history());

        JsonNode criteria = json.get("criteria");
        assertThat(criteria.get(0).get("name").asText()).isEqualTo("+20% evening passes");
        assertThat(criteria.get(0).get("source").asText()).isEqualTo("brief");
        assertThat(criteria.get(0).get("weight").asDouble()).isEqualTo(2.0);
        assertThat(criteria.get(1).get("active").asBoolean()).isFalse();

        JsonNode rounds = json.get("voteRounds");
        JsonNode open = rounds.get(0);
        assertThat(open.get("closed").asBoolean()).isFalse();
        assertThat(open.has("ballots")).isFalse();
        assertThat(open.has("totals")).isFalse();
        assertThat(open.get("candidates").toString()).isEqualTo("[1,2]");
        JsonNode secret = rounds.get(1);
        assertThat(secret.get("anonymous").asBoolean()).isTrue();
        assertThat(secret.get("ballots")).hasSize(2);
        secret.get("ballots").forEach(b -> assertThat(b.has("voter")).isFalse());
        assertThat(secret.get("ballots").get(0).get("votes").get(0).get("ideaId").asLong()).isEqualTo(1);
        assertThat(secret.toString()).doesNotContain("\"id\":8").doesNotContain("\"id\":9");
        JsonNode named = rounds.get(2);
        assertThat(named.get("ballots").get(1).get("voter").asText()).isEqualTo("Ben");
        assertThat(named.get("totals").get(0).get("dots").asInt()).isEqualTo(3);
        assertThat(named.get("maxPerIdea").asInt()).isEqualTo(2);

        JsonNode duels = json.get("duels");
        assertThat(duels).hasSize(2);
        assertThat(duels.get(0).get("left").asLong()).isEqualTo(1);
        assertThat(duels.get(0).get("result").asText()).isEqualTo("left");
        assertThat(duels.get(1).get("result").asText()).isEqualTo("tie");
        assertThat(duels.get(0).get("rater").asText()).isEqualTo("Ana");
        assertThat(duels.get(0).get("createdAt").asText()).isEqualTo(T.toString());
    }

    @Test
    void withNothingJudgedTheListsAreEmpty() throws Exception {
        JsonNode json = export(Judgements.none(), IdeaHistory.none());

        assertThat(json.get("criteria")).isEmpty();
        assertThat(json.get("voteRounds")).isEmpty();
        assertThat(json.get("duels")).isEmpty();
        assertThat(json.get("ideas")).hasSize(2);
    }
}
