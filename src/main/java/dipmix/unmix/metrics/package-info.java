/**
 * Unmixing quality metrics (aRMSE, RMSE x100, MAE, SRE, SAD/aSAD, RE, spectral MSE) and the Hungarian
 * matching of estimated to reference endmembers that must precede them.
 */
package dipmix.unmix.metrics;
