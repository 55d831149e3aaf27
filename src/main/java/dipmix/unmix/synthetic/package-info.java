/**
 * The mathematics of synthetic scenes with known truth (no files, no GDAL): smooth random abundance fields
 * ({@link dipmix.unmix.synthetic.AbundanceFields}), endmembers drawn from a spectral library and resampled to the
 * scene's bands ({@link dipmix.unmix.synthetic.LibrarySampler}), the mixture Y = E A
 * ({@link dipmix.unmix.synthetic.SyntheticSceneGenerator}) and seeded white Gaussian noise at a given SNR
 * ({@link dipmix.unmix.synthetic.WhiteNoise}). Everything is deterministic given the seed.
 */
package dipmix.unmix.synthetic;
