package org.offpiste.novelty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

    /** DJL's jar has no tokenizer for Intel macOS: the model is not even tried there (no download). */
    @Test
    void platformsWithoutABundledTokenizerAreRefusedBeforeLoading() {
        assertThat(MiniLmEmbedder.supported("Mac OS X", "x86_64")).isFalse();
        assertThat(MiniLmEmbedder.supported("Mac OS X", "aarch64")).isTrue();
        assertThat(MiniLmEmbedder.supported("Linux", "amd64")).isTrue();
        assertThat(MiniLmEmbedder.supported("Linux", "aarch64")).isTrue();
        assertThat(MiniLmEmbedder.supported("Windows 11", "amd64")).isTrue();
        assertThat(MiniLmEmbedder.supported("Windows 11", "aarch64")).isFalse();
        assertThat(MiniLmEmbedder.supported("FreeBSD", "amd64")).isFalse();
    }

    @Test
    void embedsOfflineIntoUnitVectorsWhereParaphrasesAreClose() {
        Embedder e = MiniLmEmbedder.load().orElseThrow();
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
        float[][] v = e.embed(List.of("A cat sleeps on the sofa", "The cat is asleep on the couch",
                "Quarterly tax filing deadlines", ""));
        assertThat(v).hasNumberOfRows(4);
        for (float[] x : v) {
            assertThat(x).hasSize(e.dimension());
            assertThat(Vectors.dot(x, x)).isCloseTo(1.0, within(1e-4));
        }
        assertThat(Vectors.cosine(v[0], v[1])).isGreaterThan(0.8);
        assertThat(Vectors.cosine(v[0], v[2])).isLessThan(0.3);
        assertThat(e.model()).isEqualTo("all-minilm-l6-v2-q");
    }
}
