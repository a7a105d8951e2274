package org.offpiste.novelty;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The diversity of a set of unit vectors: mean pairwise cosine similarity and the Vendi score,
 * exp of the entropy of the eigenvalues of K/n (K the n×n cosine-similarity matrix).
 *
 * <p>K = XXᵀ and XᵀX (d×d) share their non-zero eigenvalues, so the score comes from the smaller
 * of the two: for a board of 10,000 ideas of 384 dimensions, a 384×384 symmetric eigenproblem.
 */
public final class VendiScore {
    private VendiScore() {
    }

    /** The diversity of {@code vectors} (each unit length, or near it). */
    public static Diversity of(List<float[]> vectors) {
        int n = vectors.size();
        if (n == 0) {
            return Diversity.empty();
        }
        int d = vectors.get(0).length;
        double[] sum = new double[d];
        double squares = 0;
        for (float[] v : vectors) {
            for (int k = 0; k < d; k++) {
                sum[k] += v[k];
            }
            squares += Vectors.dot(v, v);
        }
        double mean = meanSimilarity(sum, squares, n);
        DMatrixRMaj gram = n <= d ? pairwise(vectors) : scatter(vectors, d);
        return new Diversity(n, mean, vendi(gram));
    }

    /** Mean of v_i·v_j over the pairs i≠j: (|Σv|² − Σ|v|²) / n(n−1); 0 below two vectors. */
    static double meanSimilarity(double[] sum, double squares, int n) {
        if (n < 2) {
            return 0;
        }
        double s = 0;
        for (double x : sum) {
            s += x * x;
        }
        return (s - squares) / ((double) n * (n - 1));
    }

    /** The n×n matrix of dot products. */
    static DMatrixRMaj pairwise(List<float[]> vectors) {
        int n = vectors.size();
        DMatrixRMaj k = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double v = Vectors.dot(vectors.get(i), vectors.get(j));
                k.unsafe_set(i, j, v);
                k.unsafe_set(j, i, v);
            }
        }
        return k;
    }

    /** XᵀX, d×d. */
    static DMatrixRMaj scatter(List<float[]> vectors, int d) {
        double[] m = new double[d * d];
        double[] row = new double[d];
        for (float[] v : vectors) {
            for (int k = 0; k < d; k++) {
                row[k] = v[k];
            }
            addOuter(m, row, d, 1);
        }
        mirror(m, d);
        return DMatrixRMaj.wrap(d, d, m);
    }

    /** Adds {@code sign}·vvᵀ to the upper triangle of the d×d matrix {@code m}. */
    static void addOuter(double[] m, double[] v, int d, double sign) {
        for (int i = 0; i < d; i++) {
            double vi = v[i] * sign;
            if (vi == 0) {
                continue;
            }
            int base = i * d;
            for (int j = i; j < d; j++) {
                m[base + j] += vi * v[j];
            }
        }
    }

    /** Copies the upper triangle of {@code m} to its lower one. */
    static void mirror(double[] m, int d) {
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                m[i * d + j] = m[j * d + i];
            }
        }
    }

    /**
     * exp(−Σ λ log λ) over the eigenvalues of {@code gram} normalised to sum to one (K/n for unit
     * vectors); tiny negative eigenvalues (rounding) count as zero. 0 for an empty or zero matrix.
     */
    static double vendi(DMatrixRMaj gram) {
        if (gram.numRows == 0) {
            return 0;
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(gram.numRows, false, true);
        if (!eig.decompose(gram.copy())) {
            return Double.NaN;
        }
        int m = eig.getNumberOfEigenvalues();
        double[] lambda = new double[m];
        double total = 0;
        for (int k = 0; k < m; k++) {
            lambda[k] = Math.max(0, eig.getEigenvalue(k).getReal());
            total += lambda[k];
        }
        if (total <= 0) {
            return 0;
        }
        double entropy = 0;
        for (double l : lambda) {
            double p = l / total;
            if (p > 0) {
                entropy -= p * Math.log(p);
            }
        }
        return Math.exp(entropy);
    }
}
