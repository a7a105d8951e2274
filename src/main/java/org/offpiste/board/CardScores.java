package org.offpiste.board;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.offpiste.ranking.IdeaScore;
import org.offpiste.ui.TaskExecutor;

/**
 * The weighted scores on the cards: every rated idea's score (few: people rate by hand), read in
 * one background query and again after each change of the board or of a rating. Used on the UI
 * thread only.
 */
public final class CardScores {
    private static final Logger LOG = Logger.getLogger(CardScores.class.getName());
    private final LatestQuery<Map<Long, IdeaScore>> query;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private Map<Long, IdeaScore> scores = Map.of();

    CardScores(Supplier<Map<Long, IdeaScore>> source, TaskExecutor executor) {
        this.query = new LatestQuery<>(executor, () -> source::get, this::arrived,
                e -> LOG.log(Level.WARNING, "Could not read the ideas' scores", e));
    }

    /** The idea's weighted score, if it was rated on a counting criterion. */
    public Optional<IdeaScore> score(long ideaId) {
        return Optional.ofNullable(scores.get(ideaId));
    }

    /** Ticks when scores arrive: cards read theirs again. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Reads the scores again (a rating or the board changed). */
    void refresh() {
        query.request();
    }

    private void arrived(Map<Long, IdeaScore> answer) {
        if (!answer.equals(scores)) {
            scores = Map.copyOf(answer);
            revision.set(revision.get() + 1);
        }
    }
}
