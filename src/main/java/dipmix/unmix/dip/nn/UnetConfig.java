package dipmix.unmix.dip.nn;

import java.util.Arrays;

/**
 * The shape of a Deep-Image-Prior U-Net (the "skip" network of Ulyanov et al. that UnDIP uses), per level
 * from the finest (0) to the coarsest. Each level: a stride-2 3x3 conv to {@code down[i]} channels and a 3x3
 * conv, the next level (if any), an upsampling, a concatenation with the level's skip branch, BN, a 3x3
 * conv to {@code up[i]} channels and a 1x1 conv; the network ends with a 1x1 conv to the output channels
 * and a softmax. Every conv is followed by BN and LeakyReLU, every 3x3 conv is preceded by reflection padding.
 *
 * @param down encoder widths per level
 * @param up decoder widths per level
 * @param skipWidth channels of the skip convolutions per level (unused when that level has 0 or no convs)
 * @param skipConvs per level: -1 no skip connection, 0 a direct skip (the level's input itself), 1 or 2
 *                  1x1 conv + BN + LeakyReLU stages
 * @param upsampling bilinear or transposed convolution
 * @param leakySlope the LeakyReLU negative slope
 */
public record UnetConfig(int[] down, int[] up, int[] skipWidth, int[] skipConvs, Upsampling upsampling,
                         double leakySlope) {

    public UnetConfig {
        int levels = down == null ? 0 : down.length;
        if (levels < 1 || levels > 4) throw new IllegalArgumentException("levels must be 1 to 4, got " + levels);
        if (up == null || up.length != levels || skipWidth == null || skipWidth.length != levels
                || skipConvs == null || skipConvs.length != levels) {
            throw new IllegalArgumentException("down, up, skipWidth and skipConvs need one entry per level ("
                    + levels + ")");
        }
        for (int i = 0; i < levels; i++) {
            if (down[i] < 1 || up[i] < 1) {
                throw new IllegalArgumentException("channel widths must be positive, level " + i + ": down "
                        + down[i] + ", up " + up[i]);
            }
            if (skipConvs[i] < -1 || skipConvs[i] > 2) {
                throw new IllegalArgumentException("skip convolutions per level must be -1 (none), 0, 1 or 2, level "
                        + i + ": " + skipConvs[i]);
            }
            if (skipConvs[i] > 0 && skipWidth[i] < 1) {
                throw new IllegalArgumentException("skip width must be positive, level " + i + ": " + skipWidth[i]);
            }
        }
        if (upsampling == null) throw new IllegalArgumentException("upsampling is required");
        if (!(leakySlope >= 0 && leakySlope < 1)) throw new IllegalArgumentException("LeakyReLU slope " + leakySlope);
        down = down.clone();
        up = up.clone();
        skipWidth = skipWidth.clone();
        skipConvs = skipConvs.clone();
    }

    /** UnDIP's network (BehnoodRasti/UnDIP): one level, 256 channels, a 4-channel 1x1 skip, bilinear. */
    public static UnetConfig paper() {
        return new UnetConfig(new int[]{256}, new int[]{256}, new int[]{4}, new int[]{1}, Upsampling.BILINEAR, 0.1);
    }

    /** Four levels of 128 channels with two-conv skips of 4 channels at every level (seed report, model 6). */
    public static UnetConfig deep() {
        int[] w = {128, 128, 128, 128};
        return new UnetConfig(w, w, new int[]{4, 4, 4, 4}, new int[]{2, 2, 2, 2}, Upsampling.BILINEAR, 0.1);
    }

    /** The paper's shape at a quarter of the width: 64 channels. */
    public static UnetConfig fast() {
        return new UnetConfig(new int[]{64}, new int[]{64}, new int[]{4}, new int[]{1}, Upsampling.BILINEAR, 0.1);
    }

    public int levels() { return down.length; }

    @Override
    public int[] down() { return down.clone(); }

    @Override
    public int[] up() { return up.clone(); }

    @Override
    public int[] skipWidth() { return skipWidth.clone(); }

    @Override
    public int[] skipConvs() { return skipConvs.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnetConfig c && Arrays.equals(down, c.down) && Arrays.equals(up, c.up)
                && Arrays.equals(skipWidth, c.skipWidth) && Arrays.equals(skipConvs, c.skipConvs)
                && upsampling == c.upsampling && leakySlope == c.leakySlope;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(down) * 31 + Arrays.hashCode(up) * 17 + Arrays.hashCode(skipConvs) + upsampling.hashCode();
    }

    @Override
    public String toString() {
        return "UnetConfig[down=" + Arrays.toString(down) + ", up=" + Arrays.toString(up) + ", skipWidth="
                + Arrays.toString(skipWidth) + ", skipConvs=" + Arrays.toString(skipConvs) + ", " + upsampling
                + ", slope=" + leakySlope + "]";
    }
}
