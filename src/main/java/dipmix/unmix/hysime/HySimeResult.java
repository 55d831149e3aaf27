package dipmix.unmix.hysime;

/**
 * What HySime found. Arrays are indexed by eigen direction of the estimated signal moment, largest
 * eigenvalue first (except {@code bandNoiseVariance}, indexed by band).
 *
 * @param r estimated number of endmembers (at least 1)
 * @param eigenvalues eigenvalues of the signal moment Rx, descending: the spectrum to show a user
 * @param signalPower eᵀ Ry e per direction
 * @param noisePower eᵀ Rn e per direction
 * @param cost -signal + 2 noise: directions with a negative cost are counted as signal
 * @param bandNoiseVariance estimated noise variance per band
 */
public record HySimeResult(int r, double[] eigenvalues, double[] signalPower, double[] noisePower,
                           double[] cost, double[] bandNoiseVariance) {
}
