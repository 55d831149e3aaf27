package dipmix.unmix.nmf;

import dipmix.unmix.Monitor;
import dipmix.unmix.UnmixInput;
import dipmix.unmix.abundance.Fclsu;
import dipmix.unmix.extract.Vca;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Blind unmixing by nonnegative matrix factorisation Y ≈ E A with Lee-Seung multiplicative updates; the
 * sum-to-one constraint enters as an extra row δ·1ᵀ appended to both Y and E (so 1ᵀA = 1 is fitted with
 * weight δ, not imposed exactly). Initialised from VCA endmembers and their FCLSU abundances. Y is
 * clipped at 0 for the updates, which need nonnegative data. Float32 ND4J arithmetic, two scene-sized
 * gemms per iteration; the loss is tracked in float64 from r x r and p x r products.
 */
public final class Nmf {
    /** Floor put under the initial abundances: multiplicative updates can never move an exact zero. */
    private static final float INITIAL_FLOOR = 1e-4f;
    private static final double EPS = 1e-12;

    private Nmf() { }

    /** Factorises Y (p x n) into r endmembers, initialised by VCA (options.seed()) and FCLSU. */
    public static NmfResult run(INDArray y, int r, NmfOptions options, Monitor monitor) {
        UnmixInput.requireScene(y);
        UnmixInput.requireEndmemberCount(y, r);
        monitor.stage("initialising NMF with VCA + FCLSU");
        INDArray e0 = new Vca().extract(y, r, options.seed()).endmembers();
        return run(y, e0, new Fclsu().estimate(y, e0), options, monitor);
    }

    /**
     * Factorises Y starting from the given E (p x r) and A (r x n); negative starting values are clipped.
     *
     * @throws dipmix.unmix.CancelledException when the monitor asks to stop
     */
    public static NmfResult run(INDArray y, INDArray e0, INDArray a0, NmfOptions options, Monitor monitor) {
        UnmixInput.requireScene(y);
        UnmixInput.requireEndmembers(y, e0);
        if (a0.rows() != e0.columns() || a0.columns() != y.columns()) {
            throw new IllegalArgumentException("initial abundances " + java.util.Arrays.toString(a0.shape())
                    + " do not fit " + e0.columns() + " endmembers and " + y.columns() + " pixels");
        }
        INDArray yp = Transforms.max(y.castTo(DataType.FLOAT), 0.0, true);
        INDArray e = Transforms.max(e0.castTo(DataType.FLOAT), 1e-6, true);
        INDArray a = Transforms.max(a0.castTo(DataType.FLOAT), INITIAL_FLOOR, true);
        long p = y.rows();
        long n = y.columns();
        double ySq = sq(yp.norm2Number().doubleValue());
        float delta2 = (float) (sq(options.sumToOneWeight()) * ySq / n); // δ² = w² · mean ||y||²
        monitor.stage("NMF");
        double previous = Double.POSITIVE_INFINITY;
        double loss = Double.NaN;
        int it = 0;
        while (it < options.iterations()) {
            monitor.checkCancelled();
            it++;
            // A update on the augmented system: (EᵀY + δ²) / ((EᵀE + δ²) A)
            INDArray gram = e.transpose().mmul(e).addi(delta2);
            INDArray numA = Nd4j.gemm(e, yp, true, false).addi(delta2);
            a.muli(numA.divi(gram.mmul(a).addi(EPS)));
            // E update: (Y Aᵀ) / (E A Aᵀ), with the loss of (E, A) from the same products
            INDArray yat = Nd4j.gemm(yp, a, false, true);
            INDArray aat = Nd4j.gemm(a, a, false, true);
            INDArray ete = e.transpose().mmul(e);
            double cross = e.castTo(DataType.DOUBLE).mul(yat.castTo(DataType.DOUBLE)).sumNumber().doubleValue();
            double quad = ete.castTo(DataType.DOUBLE).mul(aat.castTo(DataType.DOUBLE)).sumNumber().doubleValue();
            loss = Math.max(0, ySq - 2 * cross + quad) / (p * n);
            e.muli(yat.divi(e.mmul(aat).addi(EPS)));
            monitor.iteration(it, options.iterations(), loss);
            // convergence on the objective the updates actually decrease: the fit plus the sum-to-one rows
            double sumGap = sq(a.sum(0).subi(1f).norm2Number().doubleValue());
            double objective = loss * p * n + delta2 * sumGap;
            if (options.tolerance() > 0 && previous - objective < options.tolerance() * previous) break;
            previous = objective;
        }
        return new NmfResult(e, a, it, loss);
    }

    private static double sq(double v) {
        return v * v;
    }
}
