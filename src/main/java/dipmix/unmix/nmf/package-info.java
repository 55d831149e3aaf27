/** Blind unmixing by nonnegative matrix factorisation with a sum-to-one penalty, seeded from VCA + FCLSU. */
package dipmix.unmix.nmf;
