package org.offpiste.novelty;

import org.ejml.data.DMatrixRMaj;

/**
 * The running sums of a board's vectors — Σv, Σ|v|² and XᵀX — from which its mean similarity and
 * Vendi score follow without visiting every idea. Not thread-safe: its owner locks.
 */
final class BoardSums {
    private final int d;
    private final double[] sum;
    private final double[] scatter;
    private final double[] row;
    private double squares;
    private int count;

    BoardSums(int dimension) {
        this.d = dimension;
        this.sum = new double[dimension];
        this.scatter = new double[dimension * dimension];
        this.row = new double[dimension];
    }

    /** Adds (sign 1) or takes away (−1) one vector. */
    void account(float[] v, int sign) {
        for (int k = 0; k < d; k++) {
            row[k] = v[k];
            sum[k] += sign * row[k];
        }
        squares += sign * Vectors.dot(v, v);
        count += sign;
        VendiScore.addOuter(scatter, row, d, sign);
    }

    /** A copy to compute from outside the owner's lock. */
    BoardSums copy() {
        BoardSums c = new BoardSums(d);
        System.arraycopy(sum, 0, c.sum, 0, d);
        System.arraycopy(scatter, 0, c.scatter, 0, scatter.length);
        c.squares = squares;
        c.count = count;
        return c;
    }

    Diversity diversity() {
        if (count <= 0) {
            return Diversity.empty();
        }
        double[] m = scatter.clone();
        VendiScore.mirror(m, d);
        return new Diversity(count, VendiScore.meanSimilarity(sum, squares, count),
                VendiScore.vendi(DMatrixRMaj.wrap(d, d, m)));
    }
}
