package org.offpiste.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.offpiste.board.Idea;
import org.offpiste.board.IdeaStatus;
import org.offpiste.brief.Brief;
import org.offpiste.brief.BriefMarkdown;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.CriterionSource;
import org.offpiste.ranking.Duel;
import org.offpiste.ranking.DuelRecord;
import org.offpiste.ranking.IdeaScore;
import org.offpiste.ranking.Strength;
import org.offpiste.ranking.VoteRound;
import org.offpiste.ranking.VoteTally;

/** Shortlists of the sample briefs, with scores, for the export tests. */
final class ShortlistSamples {
    static final Instant T = Instant.parse("2026-11-29T08:00:00Z");

    private ShortlistSamples() {
    }

    static Brief brief(String sample) {
        try (InputStream in = ShortlistSamples.class.getResourceAsStream("/org/offpiste/brief/samples/" + sample)) {
            return BriefMarkdown.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Idea idea(long id, String title, String body, String... tags) {
        return new Idea(id, title, body, List.of(tags), IdeaStatus.SHORTLIST, "Ana", T, T);
    }

    /** Scores for ideas 1..n: a weighted score for all but the last, dots in a closed round, duels. */
    static Judgements judged(List<Idea> ideas) {
        return judged(ideas, "Workshop vote");
    }

    static Judgements judged(List<Idea> ideas, String roundName) {
        List<Long> ids = ideas.stream().map(Idea::id).toList();
        Map<Long, IdeaScore> scores = new java.util.HashMap<>();
        Map<Long, Strength> strengths = new java.util.HashMap<>();
        List<VoteTally> totals = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (i < ids.size() - 1) {
                scores.put(id, new IdeaScore(id, 4.4 - i * 0.25, 3));
            }
            totals.add(new VoteTally(id, Math.max(0, 5 - i), Math.max(0, 3 - i)));
            double c = 0.72 - i * 0.05;
            strengths.put(id, new Strength(id, 0, c, c * 0.7, Math.min(0.97, c * 1.2), Math.max(1, 9 - i)));
        }
        VoteRound round = new VoteRound(7, roundName, false, 3, 1, ids, T, T.plusSeconds(600));
        VoteRound open = new VoteRound(8, "Second round", true, 2, 1, ids, T.plusSeconds(900), null);
        List<Criterion> criteria = List.of(new Criterion(1, "Originality", CriterionSource.ORIGINALITY, 1, 0, true));
        List<DuelRecord> duels = List.of(new DuelRecord(1, ids.get(0), ids.get(1), Duel.Result.LEFT, "Ana", T));
        return new Judgements(criteria, Map.of(), scores, List.of(new RoundResult(open, List.of(), List.of()),
                new RoundResult(round, totals, List.of())), duels, strengths);
    }

    static ExportSource english() {
        List<Idea> ideas = List.of(
                idea(3, "Specimen speed-dating",
                        "Each guest draws a specimen card at the door and has to find the curator who can tell its "
                        + "weirdest fact. Every match unlocks a stamp; five stamps buy a drink at the bar outside.",
                        "social", "games"),
                idea(8, "The autopsy of a myth",
                        "A live, slightly macabre talk that dissects one popular belief (\"goldfish forget in three "
                        + "seconds\") with real specimens — and the audience votes on the verdict.",
                        "talk", "live"),
                idea(11, "Dinner-party facts to go",
                        "A pocket deck of 30 retellable facts, one per gallery, handed out at the exit.", "print"));
        return new ExportSource(brief("museum-late.md"), ideas, false, null, judged(ideas), null);
    }

    static ExportSource french() {
        List<Idea> ideas = List.of(
                idea(2, "Le télésiège des contes",
                        "Chaque week-end, un conteur monte dans le télésiège avec les familles : à l'arrivée, "
                        + "l'histoire continue en forêt. Œuvre collective, 12 € la place — « la montagne qui raconte ».",
                        "été", "familles"),
                idea(5, "Chasse aux trésors géologique",
                        "Les enfants de 6 à 14 ans cherchent des cristaux cachés le long d'un sentier balisé ; "
                        + "chaque découverte s'échange contre un badge – et les parents marchent sans s'en rendre compte.",
                        "jeu"),
                idea(9, "Nuit à la belle étoile",
                        "Bivouac encadré près du lac — le cœur de l’été, ça se vit la nuit : observation des étoiles "
                        + "avec un astronome, chocolat chaud compris.",
                        "nuit", "nature"));
        return new ExportSource(brief("station-ete.md"), ideas, false, null, judged(ideas, "Vote de l’atelier"), null);
    }

    /** A title that tries every trick of every format. */
    static final String HOSTILE_TITLE = "=HYPERLINK(\"http://x\") <script>alert(1)</script> | a \"quote\"\nnext\tline";
    /** A body in Markdown syntax. */
    static final String MARKDOWN_BODY = "# Not a heading\n- not a list\n1. not ordered\n**not bold** [not](a link) `code`\n\n> no quote";

    /** Twelve long ideas, one hostile, some in other scripts: several pages. */
    static ExportSource long12() {
        List<Idea> ideas = new ArrayList<>();
        String body = "A deliberately long description that goes on to fill several lines of the page, so that "
                + "the ideas cannot all fit on one page and must flow onto the next ones without being cut. ";
        for (int i = 1; i <= 12; i++) {
            String title = switch (i) {
                case 2 -> HOSTILE_TITLE;
                case 4 -> "Ночной музей и ελληνικά γράμματα";
                case 6 -> "Emoji 😀 and 日本語 and עברית";
                case 8 -> "Supercalifragilisticexpialidocious".repeat(4);
                default -> "Idea number " + i + " with a title long enough to wrap onto a second line of the page";
            };
            ideas.add(idea(i, title, i == 3 ? MARKDOWN_BODY : body.repeat(1 + i % 3), "tag" + i));
        }
        return new ExportSource(brief("museum-late.md"), ideas, false, null, judged(ideas), null);
    }
}
