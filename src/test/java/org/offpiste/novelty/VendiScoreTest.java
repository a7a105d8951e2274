package org.offpiste.novelty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class VendiScoreTest {

    private static float[] unit(double... v) {
        float[] f = new float[v.length];
        for (int k = 0; k < v.length; k++) {
            f[k] = (float) v[k];
        }
        return Vectors.unit(f);
    }

    @Test
    void identicalVectorsAreOneIdea() {
        Diversity d = VendiScore.of(List.of(unit(1, 2, 3), unit(1, 2, 3), unit(1, 2, 3), unit(1, 2, 3)));
        assertThat(d.count()).isEqualTo(4);
        assertThat(d.vendi()).isCloseTo(1.0, within(1e-6));
        assertThat(d.meanSimilarity()).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void orthogonalVectorsAreAsManyIdeasAsThereAreVectors() {
        Diversity d = VendiScore.of(List.of(unit(1, 0, 0, 0), unit(0, 1, 0, 0), unit(0, 0, 1, 0)));
        assertThat(d.vendi()).isCloseTo(3.0, within(1e-6));
        assertThat(d.meanSimilarity()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void twoPairsOfTwinsAreTwoIdeas() {
        Diversity d = VendiScore.of(List.of(unit(1, 0, 0), unit(1, 0, 0), unit(0, 1, 0), unit(0, 1, 0)));
        assertThat(d.vendi()).isCloseTo(2.0, within(1e-6));
        // Pairs: 2 twins at 1, 4 cross pairs at 0 → 2/6.
        assertThat(d.meanSimilarity()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void twoVectorsAtSixtyDegreesMatchTheClosedForm() {
        // K = [[1, c], [c, 1]] / 2 has eigenvalues (1 ± c) / 2.
        double c = 0.5;
        Diversity d = VendiScore.of(List.of(unit(1, 0), unit(c, Math.sqrt(1 - c * c))));
        double p = (1 + c) / 2;
        double q = (1 - c) / 2;
        assertThat(d.vendi()).isCloseTo(Math.exp(-(p * Math.log(p) + q * Math.log(q))), within(1e-6));
        assertThat(d.meanSimilarity()).isCloseTo(c, within(1e-6));
    }

    @Test
    void emptyAndSingleSets() {
        assertThat(VendiScore.of(List.of())).isEqualTo(Diversity.empty());
        Diversity one = VendiScore.of(List.of(unit(0.3, 0.4)));
        assertThat(one.vendi()).isCloseTo(1.0, within(1e-9));
        assertThat(one.meanSimilarity()).isZero();
    }

    /** More vectors than dimensions: the d×d route gives what the n×n similarity matrix gives. */
    @Test
    void theSmallMatrixAgreesWithTheFullOneOnRandomData() {
        Random r = new Random(7);
        int d = 24;
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            float[] v = new float[d];
            int cluster = i % 5;
            for (int k = 0; k < d; k++) {
                v[k] = (float) (r.nextGaussian() * 0.4 + (k % 5 == cluster ? 1 : 0));
            }
            vectors.add(Vectors.unit(v));
        }
        double full = VendiScore.vendi(VendiScore.pairwise(vectors));
        double small = VendiScore.vendi(VendiScore.scatter(vectors, d));
        assertThat(small).isCloseTo(full, within(1e-4));
        Diversity viaOf = VendiScore.of(vectors);
        assertThat(viaOf.vendi()).isCloseTo(full, within(1e-4)).isBetween(1.0, 150.0);
        DMatrixRMaj k = VendiScore.pairwise(vectors);
        double direct = 0;
        for (int i = 0; i < 150; i++) {
            for (int j = 0; j < 150; j++) {
                direct += i == j ? 0 : k.get(i, j);
            }
        }
        assertThat(viaOf.meanSimilarity()).isCloseTo(direct / (150.0 * 149), within(1e-9));
    }

    @Test
    void boardSumsFollowAdditionsAndRemovals() {
        BoardSums sums = new BoardSums(3);
        sums.account(unit(1, 0, 0), 1);
        sums.account(unit(0, 1, 0), 1);
        sums.account(unit(0, 0, 1), 1);
        assertThat(sums.diversity().vendi()).isCloseTo(3.0, within(1e-9));
        sums.account(unit(0, 0, 1), -1);
        sums.account(unit(1, 0, 0), 1);
        Diversity d = sums.diversity();
        assertThat(d.count()).isEqualTo(3);
        assertThat(d.vendi()).isCloseTo(VendiScore.of(List.of(unit(1, 0, 0), unit(0, 1, 0), unit(1, 0, 0))).vendi(),
                within(1e-9));
    }
}
