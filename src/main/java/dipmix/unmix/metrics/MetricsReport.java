package dipmix.unmix.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Every metric that the available references allow, after matching estimated endmembers to reference
 * ones. Fields are null where their reference was not given. A record, so Jackson serialises it as is;
 * {@link #toMap()} gives the non-null fields in a fixed order.
 *
 * @param matching estimated index matched to each reference endmember (identity without references)
 * @param matchedBy "spectral angle", "abundance" or "none"
 * @param sadDegrees per reference endmember, degrees
 * @param aSadDegrees mean of sadDegrees
 * @param aRmse mean over pixels of the per-pixel abundance RMSE
 * @param rmseTimes100 100 x the overall abundance RMSE
 * @param mae mean absolute abundance error
 * @param sreDb signal-to-reconstruction error of the abundances, dB
 * @param re mean squared reconstruction error against the observed scene
 * @param spectralMse mean squared reconstruction error against the noiseless scene
 */
public record MetricsReport(int[] matching, String matchedBy, double[] sadDegrees, Double aSadDegrees,
                            Double aRmse, Double rmseTimes100, Double mae, Double sreDb, Double re,
                            Double spectralMse) {

    /**
     * @param y observed scene p x n (required)
     * @param eHat estimated endmembers p x r (required)
     * @param aHat estimated abundances r x n (required)
     * @param eRef reference endmembers p x r, or null
     * @param aRef reference abundances r x n, or null
     * @param yClean noiseless scene p x n, or null
     */
    public static MetricsReport compute(INDArray y, INDArray eHat, INDArray aHat, INDArray eRef, INDArray aRef,
                                        INDArray yClean) {
        int r = (int) eHat.columns();
        int[] perm = java.util.stream.IntStream.range(0, r).toArray();
        String by = "none";
        if (eRef != null) {
            perm = EndmemberMatching.bySpectralAngle(eHat, eRef);
            by = "spectral angle";
        } else if (aRef != null) {
            perm = EndmemberMatching.byAbundance(aHat, aRef);
            by = "abundance";
        }
        INDArray e = EndmemberMatching.reorderColumns(eHat, perm);
        INDArray a = EndmemberMatching.reorderRows(aHat, perm);
        double[] sad = eRef == null ? null : SpectralErrors.sadDegrees(e, eRef);
        Double aSad = sad == null ? null : java.util.Arrays.stream(sad).average().orElseThrow();
        return new MetricsReport(perm, by, sad, aSad,
                aRef == null ? null : AbundanceErrors.aRmse(a, aRef),
                aRef == null ? null : AbundanceErrors.rmseTimes100(a, aRef),
                aRef == null ? null : AbundanceErrors.mae(a, aRef),
                aRef == null ? null : AbundanceErrors.sreDb(a, aRef),
                SpectralErrors.reconstructionError(y, e, a),
                yClean == null ? null : SpectralErrors.spectralMse(yClean, e, a));
    }

    /** The non-null fields by name, in declaration order. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("matching", matching);
        m.put("matchedBy", matchedBy);
        putIfPresent(m, "sadDegrees", sadDegrees);
        putIfPresent(m, "aSadDegrees", aSadDegrees);
        putIfPresent(m, "aRmse", aRmse);
        putIfPresent(m, "rmseTimes100", rmseTimes100);
        putIfPresent(m, "mae", mae);
        putIfPresent(m, "sreDb", sreDb);
        putIfPresent(m, "re", re);
        putIfPresent(m, "spectralMse", spectralMse);
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, Object value) {
        if (value != null) m.put(key, value);
    }
}
