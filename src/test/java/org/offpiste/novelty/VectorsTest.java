package org.offpiste.novelty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorsTest {

    @Test
    void packsAsFloat32LittleEndian() {
        byte[] blob = Vectors.pack(new float[] {1.0f, -2.5f});
        assertThat(blob).hasSize(8);
        // 1.0f = 0x3F800000: little-endian puts 0x00 0x00 0x80 0x3F.
        assertThat(blob).startsWith((byte) 0, (byte) 0, (byte) 0x80, (byte) 0x3F);
        assertThat(Vectors.unpack(blob)).containsExactly(1.0f, -2.5f);
    }

    @Test
    void hashChangesWithTitleOrBodyButNotWithoutReason() {
        String h = Vectors.textHash("Night market", "Stalls under the bridge");
        assertThat(h).hasSize(64).isEqualTo(Vectors.textHash("Night market", "Stalls under the bridge"));
        assertThat(Vectors.textHash("Night market", "Stalls under the bridges")).isNotEqualTo(h);
        assertThat(Vectors.textHash("Night market\nStalls", "")).isNotEqualTo(Vectors.textHash("Night market", "Stalls"));
    }

    /** The byte codes kept in memory give nearly the float cosine. */
    @Test
    void quantisedSimilarityStaysCloseToTheFloatOne() {
        Random r = new Random(3);
        VectorIndex index = new VectorIndex(384);
        float[][] v = new float[50][];
        for (int i = 0; i < v.length; i++) {
            v[i] = new float[384];
            for (int k = 0; k < 384; k++) {
                v[i][k] = (float) (r.nextGaussian() + (i < 25 ? 0.5 : -0.2));
            }
            v[i] = Vectors.unit(v[i]);
            index.put(i + 1, v[i]);
        }
        for (int i = 0; i < v.length; i++) {
            Similar s = index.nearest(v[i]).orElseThrow();
            assertThat(s.ideaId()).isEqualTo(i + 1);
            assertThat(s.similarity()).isCloseTo(1.0, within(0.01));
        }
        index.link(index.ids());
        java.util.Map<Long, Novelty> figures = index.figures(index.ids(), 0.8);
        for (Novelty n : figures.values()) {
            double exact = Vectors.cosine(v[(int) n.ideaId() - 1], v[n.nearestId().intValue() - 1]);
            assertThat(n.nearestSimilarity()).isCloseTo(exact, within(0.01));
        }
    }
}
