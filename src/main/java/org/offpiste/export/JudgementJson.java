package org.offpiste.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.offpiste.board.IdeaComment;
import org.offpiste.board.IdeaVersion;
import org.offpiste.ranking.BallotVote;
import org.offpiste.ranking.CriterionScore;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ranking.IdeaScore;
import org.offpiste.ranking.Strength;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteStore;
import org.offpiste.ranking.VoteTally;

/** The JSON of versions, comments, ratings, vote rounds and duels, for {@link ProjectJsonWriter}. */
final class JudgementJson {
    /** Anonymous ballots are written in an order that says nothing of who cast them when. */
    private static final Comparator<VoteStore.Ballot> BY_CONTENT = Comparator.comparing(b -> b.votes().toString());
    private final JsonGenerator json;

    JudgementJson(JsonGenerator json) {
        this.json = json;
    }

    void history(IdeaHistory history, long ideaId) throws IOException {
        json.writeArrayFieldStart("versions");
        for (IdeaVersion v : history.versions(ideaId)) {
            json.writeStartObject();
            json.writeNumberField("id", v.id());
            json.writeNumberField("ideaId", v.ideaId());
            nullable("parentId", v.parentId());
            nullable("mergedFromId", v.mergedFromId());
            json.writeStringField("kind", v.kind().key());
            json.writeStringField("title", v.title());
            json.writeStringField("body", v.body());
            strings("tags", v.tags());
            json.writeStringField("madeBy", v.madeBy());
            json.writeBooleanField("byModel", v.byModel());
            json.writeStringField("instruction", v.instruction());
            json.writeStringField("createdAt", v.createdAt().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("comments");
        for (IdeaComment c : history.comments(ideaId)) {
            json.writeStartObject();
            json.writeNumberField("id", c.id());
            json.writeNumberField("ideaId", c.ideaId());
            json.writeStringField("author", c.author());
            json.writeStringField("body", c.body());
            json.writeStringField("createdAt", c.createdAt().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    void ideaJudgements(Judgements j, long ideaId) throws IOException {
        json.writeArrayFieldStart("ratings");
        for (CriterionScore s : j.ratings(ideaId)) {
            json.writeStartObject();
            json.writeNumberField("criterionId", s.criterionId());
            json.writeStringField("rater", s.rater());
            json.writeNumberField("score", s.score());
            json.writeStringField("ratedAt", s.ratedAt().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        IdeaScore score = j.scores().get(ideaId);
        if (score == null) {
            json.writeNullField("weightedScore");
        } else {
            json.writeObjectFieldStart("weightedScore");
            json.writeNumberField("score", round(score.score()));
            json.writeNumberField("raters", score.raters());
            json.writeEndObject();
        }
        Strength s = j.strengths().get(ideaId);
        if (s == null) {
            json.writeNullField("winChance");
        } else {
            json.writeObjectFieldStart("winChance");
            json.writeNumberField("chance", round(s.winChance()));
            json.writeNumberField("low", round(s.low()));
            json.writeNumberField("high", round(s.high()));
            json.writeNumberField("duels", s.duels());
            json.writeEndObject();
        }
    }

    void round(RoundResult r) throws IOException {
        VoteRound round = r.round();
        json.writeStartObject();
        json.writeNumberField("id", round.id());
        json.writeStringField("name", round.name());
        json.writeBooleanField("anonymous", round.anonymous());
        json.writeNumberField("allowance", round.allowance());
        json.writeNumberField("maxPerIdea", round.maxPerIdea());
        json.writeArrayFieldStart("candidates");
        for (long id : round.candidates()) {
            json.writeNumber(id);
        }
        json.writeEndArray();
        json.writeStringField("createdAt", round.createdAt().toString());
        json.writeBooleanField("closed", round.closed());
        if (round.closed()) {
            json.writeStringField("closedAt", round.closedAt().toString());
            json.writeArrayFieldStart("totals");
            for (VoteTally t : r.totals()) {
                json.writeStartObject();
                json.writeNumberField("ideaId", t.ideaId());
                json.writeNumberField("dots", t.dots());
                json.writeNumberField("voters", t.voters());
                json.writeEndObject();
            }
            json.writeEndArray();
            ballots(round.anonymous(), r.ballots());
        }
        json.writeEndObject();
    }

    private void ballots(boolean anonymous, List<VoteStore.Ballot> ballots) throws IOException {
        json.writeArrayFieldStart("ballots");
        for (VoteStore.Ballot b : anonymous ? ballots.stream().sorted(BY_CONTENT).toList() : ballots) {
            json.writeStartObject();
            if (!anonymous) {
                json.writeStringField("voter", b.voter());
            }
            json.writeArrayFieldStart("votes");
            for (BallotVote v : b.votes()) {
                json.writeStartObject();
                json.writeNumberField("ideaId", v.ideaId());
                json.writeNumberField("dots", v.dots());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    void duel(DuelRecord d) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", d.id());
        json.writeNumberField("left", d.leftId());
        json.writeNumberField("right", d.rightId());
        json.writeStringField("result", d.result().name().toLowerCase(java.util.Locale.ROOT));
        json.writeStringField("rater", d.rater());
        json.writeStringField("createdAt", d.createdAt().toString());
        json.writeEndObject();
    }

    private void nullable(String name, Long value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private void strings(String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
