package org.offpiste.novelty;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions) through langchain4j, in-process: the ONNX runtime
 * and DJL's Hugging Face tokenizer, both native libraries shipped in their jars. Nothing is
 * downloaded: DJL is put in offline mode, so a machine without a bundled tokenizer library
 * (Intel macOS) gets an empty {@link #load()} rather than a download attempt.
 * See docs/decisions/0016-novelty-meter.md.
 */
public final class MiniLmEmbedder implements Embedder {
    /** The name stored beside each vector. */
    public static final String MODEL = "all-minilm-l6-v2-q";
    private static final Logger LOG = Logger.getLogger(MiniLmEmbedder.class.getName());
    private static final String OFFLINE = "ai.djl.offline";
    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    private MiniLmEmbedder(AllMiniLmL6V2QuantizedEmbeddingModel model) {
        this.model = model;
    }

    /** Loads the model, or empty when it cannot run on this machine (no native tokenizer, say). Slow: off the FX thread. */
    public static Optional<Embedder> load() {
        if (!supported(System.getProperty("os.name", ""), System.getProperty("os.arch", ""))) {
            LOG.info("No embedding model on this platform: the novelty meter is off");
            return Optional.empty();
        }
        if (System.getProperty(OFFLINE) == null) {
            System.setProperty(OFFLINE, "true");
        }
        try {
            MiniLmEmbedder embedder = new MiniLmEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel());
            embedder.embed(List.of("warm up"));
            return Optional.of(embedder);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "The embedding model cannot run here: the novelty meter is off", e);
            return Optional.empty();
        }
    }

    /** The platforms whose native tokenizer ships in DJL's jar (linux and windows x86-64, arm64 linux and macOS). */
    static boolean supported(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm = arch.equals("aarch64") || arch.equals("arm64");
        if (os.contains("mac")) {
            return arm;
        }
        if (os.contains("win")) {
            return x64;
        }
        return os.contains("linux") && (x64 || arm);
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public float[][] embed(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(t.isBlank() ? "." : t));
        }
        List<Embedding> out = model.embedAll(segments).content();
        float[][] vectors = new float[out.size()][];
        for (int k = 0; k < vectors.length; k++) {
            vectors[k] = Vectors.unit(out.get(k).vector());
        }
        return vectors;
    }
}
