package org.offpiste.judge;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.offpiste.ranking.Criterion;
import org.offpiste.ranking.CriterionSource;

/** One active criterion of the Criteria tab, with its weight (changed through the view model). UI thread only. */
public final class CriterionItem {
    private final Criterion criterion;
    private final ReadOnlyDoubleWrapper weight = new ReadOnlyDoubleWrapper(this, "weight");

    CriterionItem(Criterion criterion) {
        this.criterion = criterion;
        this.weight.set(criterion.weight());
    }

    public long id() {
        return criterion.id();
    }

    /** The stored name: the brief's line, the person's own name, or the English name of a built-in one. */
    public String name() {
        return criterion.name();
    }

    public CriterionSource source() {
        return criterion.source();
    }

    /** True for the person's own criterion, which can be renamed or removed. */
    public boolean isOwn() {
        return criterion.source() == CriterionSource.OWN;
    }

    public ReadOnlyDoubleProperty weightProperty() {
        return weight.getReadOnlyProperty();
    }

    Criterion criterion() {
        return criterion;
    }

    void setWeight(double w) {
        weight.set(w);
    }
}
