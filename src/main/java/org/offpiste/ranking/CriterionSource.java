package org.offpiste.ranking;

import java.util.Locale;

/** Where a criterion comes from: a line of the brief's success criteria, the two built-in ones, or the person. */
public enum CriterionSource {
    BRIEF, ORIGINALITY, FEASIBILITY, OWN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CriterionSource fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
