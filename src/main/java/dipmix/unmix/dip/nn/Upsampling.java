package dipmix.unmix.dip.nn;

/** How a decoder level doubles its resolution. */
public enum Upsampling {
    /** Fixed bilinear interpolation (align_corners=False), as in UnDIP. */
    BILINEAR,
    /** A learnable transposed convolution, kernel 2, stride 2, as in the seed report's configurable U-Net. */
    TRANSPOSED
}
