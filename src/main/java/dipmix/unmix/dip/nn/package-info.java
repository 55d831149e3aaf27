/**
 * Building blocks of Deep-Image-Prior networks on ND4J: layers with hand-written backward passes over
 * direct ND4J ops (no SameDiff graph: it was 2-2.6x slower than PyTorch and several of its gradients are
 * wrong, see GUIDE 4), parameters in one flat vector, and the configurable U-Net of UnDIP.
 * All layers work on one image, [C, H, W], in float32 for training and float64 for gradient checks.
 */
package dipmix.unmix.dip.nn;
