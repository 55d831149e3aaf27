package dipmix.unmix.hysime;

import dipmix.unmix.HostCopy;
import dipmix.unmix.UnmixInput;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * HySime (Bioucas-Dias and Nascimento, 2008): estimates the number of endmembers as the dimension of
 * the signal subspace that minimises the mean squared projection error. Noise is estimated per band by
 * multiple regression on the other bands, so the scene's own band correlations are what separate signal
 * from noise. All arithmetic is float64 on p x p moments (commons-math3 for the inverse and eigen problem).
 */
public final class HySime {
    /** Relative ridge on Y Yᵀ before inverting it, so a noise-free (rank-deficient) scene still inverts. */
    private static final double RIDGE = 1e-6;

    private HySime() { }

    /**
     * Estimates the subspace dimension of Y (p bands x n pixels).
     *
     * @throws IllegalArgumentException when Y is empty, non-finite or has fewer than 2 bands
     */
    public static HySimeResult estimate(INDArray y) {
        UnmixInput.requireScene(y);
        int p = (int) y.rows();
        if (p < 2) throw new IllegalArgumentException("HySime needs at least 2 bands, got " + p);
        double[][] ry = HostCopy.rows(BandCovariance.secondMoment(y));
        double[][] beta = regressionWeights(ry);
        double[] noiseVariance = new double[p];
        double[][] rx = signalMoment(ry, beta, noiseVariance);

        SymmetricEigen eig = BandCovariance.eigen(org.nd4j.linalg.factory.Nd4j.createFromArray(rx));
        double trace = 0;
        for (int i = 0; i < p; i++) trace += rx[i][i];
        double floor = trace / p / 1e5; // as in the authors' code: keeps Rn positive definite
        double[] signal = new double[p];
        double[] noise = new double[p];
        double[] cost = new double[p];
        int r = 0;
        for (int k = 0; k < p; k++) {
            double py = 0;
            double pn = 0;
            for (int i = 0; i < p; i++) {
                double ei = eig.vectors()[i][k];
                double rye = 0;
                for (int j = 0; j < p; j++) rye += ry[i][j] * eig.vectors()[j][k];
                py += ei * rye;
                pn += ei * ei * (noiseVariance[i] + floor);
            }
            signal[k] = py;
            noise[k] = pn;
            cost[k] = -py + 2 * pn;
            if (cost[k] < 0) r++;
        }
        return new HySimeResult(Math.max(1, r), eig.values(), signal, noise, cost, noiseVariance);
    }

    /** Column i: weights that predict band i from all other bands (zero on band i). */
    private static double[][] regressionWeights(double[][] ry) {
        int p = ry.length;
        double mean = 0;
        for (int i = 0; i < p; i++) mean += ry[i][i];
        mean /= p;
        RealMatrix r = new Array2DRowRealMatrix(ry, true);
        for (int i = 0; i < p; i++) r.addToEntry(i, i, RIDGE * mean);
        double[][] ri = new LUDecomposition(r).getSolver().getInverse().getData();
        double[][] beta = new double[p][p];
        for (int i = 0; i < p; i++) {
            // XX = Ri - Ri[:,i] Ri[i,:] / Ri[i,i] is the inverse of R without band i; beta = XX * R[:,i] (R[i,i] left out)
            double[] a = new double[p];
            double dot = 0;
            for (int j = 0; j < p; j++) {
                double s = 0;
                for (int k = 0; k < p; k++) if (k != i) s += ri[j][k] * ry[k][i];
                a[j] = s;
            }
            for (int k = 0; k < p; k++) if (k != i) dot += ri[i][k] * ry[k][i];
            for (int j = 0; j < p; j++) beta[j][i] = j == i ? 0 : a[j] - ri[j][i] * dot / ri[i][i];
        }
        return beta;
    }

    /**
     * With X = Bᵀ Y the regression estimate of the signal and W = Y - X the noise: returns Rx = Bᵀ Ry B and
     * writes diag(W Wᵀ)/n, the per-band noise variance, into {@code noiseVariance}.
     */
    private static double[][] signalMoment(double[][] ry, double[][] beta, double[] noiseVariance) {
        int p = ry.length;
        RealMatrix b = new Array2DRowRealMatrix(beta, false);
        RealMatrix r = new Array2DRowRealMatrix(ry, false);
        RealMatrix rb = r.multiply(b);
        RealMatrix rx = b.transpose().multiply(rb);
        for (int i = 0; i < p; i++) {
            // (I - B)ᵀ Ry (I - B) on the diagonal: Ry_ii - 2 (Ry B)_ii + (Bᵀ Ry B)_ii
            noiseVariance[i] = Math.max(0, ry[i][i] - 2 * rb.getEntry(i, i) + rx.getEntry(i, i));
        }
        double[][] out = rx.getData();
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                double m = 0.5 * (out[i][j] + out[j][i]); // symmetrise rounding
                out[i][j] = m;
                out[j][i] = m;
            }
        }
        return out;
    }
}
