package org.offpiste.novelty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The clustering itself, on vectors made to have a known shape. */
class ClusteringTest {

    /** {@code perGroup} noisy unit vectors around each of {@code groups} orthogonal directions. */
    private static float[][] blobs(int groups, int perGroup, double noise, long seed) {
        Random random = new Random(seed);
        int dim = 32;
        float[][] out = new float[groups * perGroup][dim];
        for (int g = 0; g < groups; g++) {
            for (int k = 0; k < perGroup; k++) {
                float[] v = out[g * perGroup + k];
                for (int d = 0; d < dim; d++) {
                    v[d] = (float) (random.nextGaussian() * noise);
                }
                v[g] += 1;
                normalize(v);
            }
        }
        return out;
    }

    private static void normalize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
    }

    @Test
    void wellSeparatedGroupsAreFoundBiggestFirst() {
        float[][] a = blobs(4, 6, 0.15, 1);
        float[][] v = new float[25][];
        System.arraycopy(a, 0, v, 0, 24);
        v[24] = a[0].clone();
        List<Cluster> clusters = Clustering.clusters(v);
        assertThat(clusters).hasSize(4);
        assertThat(clusters.get(0).members()).containsExactly(0, 1, 2, 3, 4, 5, 24);
        assertThat(clusters.get(1).members()).containsExactly(6, 7, 8, 9, 10, 11);
        assertThat(clusters).allSatisfy(c -> assertThat(c.cohesion()).isGreaterThan(0.4));
    }

    @Test
    void theSameVectorsGiveTheSameGroups() {
        float[][] v = blobs(5, 8, 0.6, 7);
        assertThat(Clustering.clusters(v)).isEqualTo(Clustering.clusters(v));
    }

    @Test
    void fewerThanSixIdeasMakeNoThemesAndOutliersStayAlone() {
        assertThat(Clustering.clusters(blobs(1, 5, 0.1, 3))).isEmpty();
        float[][] a = blobs(3, 5, 0.1, 5);
        float[][] v = new float[16][];
        System.arraycopy(a, 0, v, 0, 15);
        v[15] = new float[32];
        v[15][31] = 1;
        List<Cluster> clusters = Clustering.clusters(v);
        assertThat(clusters).hasSize(3);
        assertThat(clusters).noneSatisfy(c -> assertThat(c.members()).contains(15));
    }

    @Test
    void aLargeBoardIsSampledAndEveryIdeaStillFindsItsGroup() {
        float[][] v = blobs(3, 700, 0.1, 11);
        List<Cluster> clusters = Clustering.clusters(v);
        assertThat(clusters).hasSize(3);
        assertThat(clusters).allSatisfy(c -> assertThat(c.size()).isEqualTo(700));
        assertThat(clusters.get(0).members()).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 700).boxed().toList());
    }
}
