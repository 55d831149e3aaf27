package dipmix.cube;

import java.util.BitSet;
import java.util.Objects;

/**
 * A hyperspectral scene held in memory: p bands by n = width x height pixels, band-sequential float32
 * ({@code data[band * n + row * width + col]}), with a per-pixel validity mask (false where any band held
 * nodata, NaN or Inf), spectral metadata and georeferencing.
 * <p>
 * The sample array is shared, not copied: a cube is a view its creator hands over.
 */
public final class HyperCube {
    private final int width;
    private final int height;
    private final int bands;
    private final float[] data;
    private final BitSet valid;
    private final SpectralInfo spectral;
    private final GeoReference geo;

    public HyperCube(int width, int height, int bands, float[] data, BitSet valid,
                     SpectralInfo spectral, GeoReference geo) {
        if (width <= 0 || height <= 0 || bands <= 0) {
            throw new IllegalArgumentException("a cube needs a positive size, got " + width + "x" + height + "x" + bands);
        }
        long n = (long) width * height;
        if ((long) bands * n != data.length) {
            throw new IllegalArgumentException("expected " + bands * n + " samples, got " + data.length);
        }
        if (spectral.bandCount() != bands) {
            throw new IllegalArgumentException("spectral metadata for " + spectral.bandCount() + " bands, cube has " + bands);
        }
        this.width = width;
        this.height = height;
        this.bands = bands;
        this.data = data;
        this.valid = Objects.requireNonNull(valid);
        this.spectral = Objects.requireNonNull(spectral);
        this.geo = geo == null ? GeoReference.NONE : geo;
    }

    /** A cube whose pixels are all valid. */
    public static HyperCube of(int width, int height, int bands, float[] data, SpectralInfo spectral, GeoReference geo) {
        BitSet all = new BitSet(width * height);
        all.set(0, width * height);
        return new HyperCube(width, height, bands, data, all, spectral, geo);
    }

    public int width() { return width; }

    public int height() { return height; }

    public int bands() { return bands; }

    public int pixels() { return width * height; }

    /** The backing band-sequential samples (not a copy). */
    public float[] data() { return data; }

    public float get(int band, int pixel) {
        return data[band * pixels() + pixel];
    }

    public boolean isValid(int pixel) { return valid.get(pixel); }

    public int validPixelCount() { return valid.cardinality(); }

    /** The validity mask (a copy). */
    public BitSet validMask() { return (BitSet) valid.clone(); }

    /** Raster indices (row * width + col) of the valid pixels, ascending. */
    public int[] validPixelIndices() { return valid.stream().toArray(); }

    public SpectralInfo spectral() { return spectral; }

    public GeoReference geo() { return geo; }

    /** The same samples with other spectral metadata (bad bands found after reading, for instance). */
    public HyperCube withSpectral(SpectralInfo s) {
        return new HyperCube(width, height, bands, data, valid, s, geo);
    }

    /** Bytes this cube's samples take. */
    public long sampleBytes() {
        return 4L * data.length;
    }
}
