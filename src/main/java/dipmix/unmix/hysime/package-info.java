/**
 * Signal subspace identification: HySime's estimate of the number of endmembers, and the float64 band
 * moments and eigen decompositions that the extractors' subspace projections share.
 */
package dipmix.unmix.hysime;
