/**
 * The training loop of Deep-Image-Prior methods, separate from their losses: a fixed input, an
 * {@link dipmix.unmix.dip.train.Objective}, an optimiser, the exponential average of the outputs and
 * an optional early stop.
 */
package dipmix.unmix.dip.train;
