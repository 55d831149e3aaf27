package dipmix.raster;

import java.util.BitSet;

/**
 * Works out which pixels and bands are usable while bands stream past, one band (or strip of one band) at a
 * time, so no caller has to hold the whole cube. A sample is invalid when it is NaN, infinite or equal to the
 * band's nodata value (compared on the raw, unscaled value). A band with no valid sample at all is bad; a pixel is
 * valid when every band that is neither declared bad nor empty is valid there.
 */
final class ValidityScan {
    private final int pixels;
    private final boolean[] declaredBad;
    private final boolean[] empty;
    private final BitSet invalidPixels;
    private final BitSet bandInvalid;
    private int band = -1;
    private long bandValidCount;
    private float nodata;
    private boolean hasNodata;

    ValidityScan(int pixels, boolean[] declaredBad) {
        this.pixels = pixels;
        this.declaredBad = declaredBad.clone();
        this.empty = new boolean[declaredBad.length];
        this.invalidPixels = new BitSet(pixels);
        this.bandInvalid = new BitSet(pixels);
    }

    /** Starts a band; {@code nodata} null when the band has none. */
    void beginBand(int b, Double nodataValue) {
        band = b;
        bandValidCount = 0;
        bandInvalid.clear();
        hasNodata = nodataValue != null && !nodataValue.isNaN();
        nodata = hasNodata ? nodataValue.floatValue() : Float.NaN;
    }

    /** Raw samples of the current band for pixels [start, start + len), read from {@code raw[0..len)}. */
    void samples(float[] raw, int start, int len) {
        for (int i = 0; i < len; i++) {
            if (isInvalid(raw[i])) {
                bandInvalid.set(start + i);
            } else {
                bandValidCount++;
            }
        }
    }

    /** True for NaN, Inf and the current band's nodata value. */
    boolean isInvalid(float raw) {
        return !Float.isFinite(raw) || (hasNodata && raw == nodata);
    }

    void endBand() {
        if (bandValidCount == 0) {
            empty[band] = true;
        } else if (!declaredBad[band]) {
            invalidPixels.or(bandInvalid);
        }
    }

    /** Bands without any valid sample. */
    boolean[] emptyBands() {
        return empty.clone();
    }

    /** True where the pixel is valid. */
    BitSet validMask() {
        BitSet valid = new BitSet(pixels);
        valid.set(0, pixels);
        valid.andNot(invalidPixels);
        return valid;
    }
}
