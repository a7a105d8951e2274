package org.offpiste.novelty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the names people gave to themes when the themes are found again: a new theme whose ideas
 * overlap most with a person-named old one (Jaccard index at least {@link #SAME}) takes its name,
 * as named by a person. Each old name goes to one new theme at most, the closest pairs first.
 */
final class PersonNames {
    static final double SAME = 0.5;

    private PersonNames() {
    }

    /** {@code found} with the person-given names of {@code old} carried over. */
    static List<Theme> kept(List<Theme> old, List<Theme> found) {
        List<Theme> named = old.stream().filter(t -> t.namedBy() == Theme.NamedBy.PERSON).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int n = 0; n < found.size(); n++) {
            for (int o = 0; o < named.size(); o++) {
                double j = jaccard(found.get(n).ideaIds(), named.get(o).ideaIds());
                if (j >= SAME) {
                    pairs.add(new Pair(n, o, j));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::jaccard).reversed()
                .thenComparingInt(Pair::found).thenComparingInt(Pair::old));
        List<Theme> out = new ArrayList<>(found);
        Set<Integer> newTaken = new HashSet<>();
        Set<Integer> oldTaken = new HashSet<>();
        for (Pair p : pairs) {
            if (newTaken.contains(p.found()) || oldTaken.contains(p.old())) {
                continue;
            }
            newTaken.add(p.found());
            oldTaken.add(p.old());
            Theme t = found.get(p.found());
            out.set(p.found(), new Theme(t.id(), named.get(p.old()).name(), Theme.NamedBy.PERSON, t.ideaIds()));
        }
        return out;
    }

    static double jaccard(List<Long> a, List<Long> b) {
        Set<Long> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        Set<Long> both = new HashSet<>(a);
        both.retainAll(new HashSet<>(b));
        return (double) both.size() / union.size();
    }

    private record Pair(int found, int old, double jaccard) {
    }
}
