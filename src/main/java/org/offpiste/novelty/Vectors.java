package org.offpiste.novelty;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Sentence vectors as the project stores them: unit length, float32 little-endian, tagged by a text hash. */
public final class Vectors {
    private Vectors() {
    }

    /** The text an idea's vector is made from: its title, a line break, its body. */
    public static String text(String title, String body) {
        return (title == null ? "" : title) + "\n" + (body == null ? "" : body);
    }

    /** SHA-256 of {@link #text}, in hex: tells when an idea changed since it was embedded. */
    public static String textHash(String title, String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text(title, body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static double dot(float[] a, float[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    /** Cosine similarity; 0 when either vector is zero. */
    public static double cosine(float[] a, float[] b) {
        double na = dot(a, a);
        double nb = dot(b, b);
        return na == 0 || nb == 0 ? 0 : dot(a, b) / Math.sqrt(na * nb);
    }

    /** A copy scaled to unit length (a zero vector stays zero). */
    public static float[] unit(float[] v) {
        double n = Math.sqrt(dot(v, v));
        float[] out = new float[v.length];
        if (n > 0) {
            for (int k = 0; k < v.length; k++) {
                out[k] = (float) (v[k] / n);
            }
        }
        return out;
    }

    /** float32 little-endian, 4 bytes a component. */
    public static byte[] pack(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return b.array();
    }

    public static float[] unpack(byte[] blob) {
        float[] out = new float[blob.length / Float.BYTES];
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}
