/**
 * Abundance estimation for known endmembers: exact FCLSU (nonnegative, sum-to-one), NNLS and
 * unconstrained least squares, all solving the normal equations in float64 per pixel after one gemm per
 * pixel chunk. Pick one by name with {@link dipmix.unmix.abundance.EstimatorKind}.
 */
package dipmix.unmix.abundance;
