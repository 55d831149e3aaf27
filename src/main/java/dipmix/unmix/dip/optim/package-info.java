/**
 * Optimisers over a flat parameter vector (Adam, NAdam, RMSProp with PyTorch's update rules), shared by
 * the Deep-Image-Prior methods.
 */
package dipmix.unmix.dip.optim;
