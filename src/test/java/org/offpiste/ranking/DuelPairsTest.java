package org.offpiste.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The next duel goes to the idea compared least, against one it has not met, of a close strength. */
class DuelPairsTest {
    private final DuelPairs pairs = new DuelPairs(BradleyTerry.withPrior(), new SplittableRandom(3));

    @Test
    void anIdeaNeverComparedIsPickedFirst() {
        List<Duel> duels = List.of(Duel.won(1, 2), Duel.won(2, 3), Duel.won(1, 3));

        long[] next = pairs.next(List.of(1L, 2L, 3L, 4L), duels).orElseThrow();

        assertThat(next).contains(4L);
    }

    @Test
    void itMeetsAnIdeaItHasNotMetOfTheClosestStrength() {
        List<Duel> duels = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            duels.add(Duel.won(1, 3)); // 1 strong, 3 weak, 2 and 4 in between
            duels.add(Duel.won(2, 3));
            duels.add(Duel.won(1, 4));
            duels.add(Duel.won(4, 3));
        }
        duels.add(Duel.won(1, 2));

        long[] next = pairs.next(List.of(1L, 2L, 3L, 4L), duels).orElseThrow();

        // 2 has the fewest duels; it has met 1 and 3, not 4
        assertThat(next).containsExactlyInAnyOrder(2L, 4L);
    }

    @Test
    void belowTwoIdeasThereIsNoDuel() {
        assertThat(pairs.next(List.of(1L), List.of())).isEmpty();
    }
}
