package org.offpiste.novelty;

/** The inner loop of the neighbour search, written so the JIT keeps it in registers. */
final class Kernels {
    private Kernels() {
    }

    /**
     * {@code out[i] = queries[i] · codes[offset .. offset + d)} for each row i of {@code queries}
     * (rows of d floats, a multiple of four rows): four queries share each load of the codes.
     */
    static void dots(float[] queries, byte[] codes, int offset, int d, float[] out) {
        for (int row = 0; row + 3 < out.length; row += 4) {
            int a = row * d;
            int b = a + d;
            int c = b + d;
            int e = c + d;
            float s0 = 0;
            float s1 = 0;
            float s2 = 0;
            float s3 = 0;
            for (int k = 0; k < d; k++) {
                float x = codes[offset + k];
                s0 += queries[a + k] * x;
                s1 += queries[b + k] * x;
                s2 += queries[c + k] * x;
                s3 += queries[e + k] * x;
            }
            out[row] = s0;
            out[row + 1] = s1;
            out[row + 2] = s2;
            out[row + 3] = s3;
        }
    }

    /** The dot product of two byte vectors of length d, at offsets a and b of {@code codes}. */
    static int dot(byte[] codes, int a, int b, int d) {
        int s = 0;
        for (int k = 0; k < d; k++) {
            s += codes[a + k] * codes[b + k];
        }
        return s;
    }
}
