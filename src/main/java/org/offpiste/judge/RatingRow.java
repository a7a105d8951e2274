package org.offpiste.judge;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * One idea of the Criteria tab: the rater's score on each criterion (0 = not rated) and the
 * idea's weighted score (the mean across raters; null when not rated). Used on the UI thread.
 */
public final class RatingRow {
    private final long ideaId;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final Map<Long, IntegerProperty> scores = new HashMap<>();
    private final ReadOnlyObjectWrapper<Double> weighted = new ReadOnlyObjectWrapper<>(this, "weighted");
    private final ReadOnlyIntegerWrapper raters = new ReadOnlyIntegerWrapper(this, "raters");

    RatingRow(long ideaId, String title) {
        this.ideaId = ideaId;
        this.title.set(title);
    }

    public long ideaId() {
        return ideaId;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The rater's score on the criterion, 1 to 5, or 0 when not rated. Change it through the view model. */
    public ReadOnlyIntegerProperty scoreProperty(long criterionId) {
        return score(criterionId);
    }

    /** The weighted score across raters, null while nobody rated the idea on a counting criterion. */
    public ReadOnlyObjectProperty<Double> weightedProperty() {
        return weighted.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty ratersProperty() {
        return raters.getReadOnlyProperty();
    }

    IntegerProperty score(long criterionId) {
        return scores.computeIfAbsent(criterionId, k -> new SimpleIntegerProperty(this, "score" + k));
    }

    void setTitle(String text) {
        title.set(text);
    }

    void setWeighted(Double score, int count) {
        weighted.set(score);
        raters.set(count);
    }
}
