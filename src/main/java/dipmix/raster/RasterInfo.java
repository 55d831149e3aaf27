package dipmix.raster;

/**
 * A raster's metadata plus what needs a pass over its pixels: which bands are unusable and how many pixels
 * are valid.
 *
 * @param metadata what the file states
 * @param badBands 0-based indices of the bands excluded from unmixing: declared bad or without a valid value
 * @param validPixels pixels valid in every usable band
 */
public record RasterInfo(RasterMetadata metadata, int[] badBands, long validPixels) {
    public RasterInfo {
        badBands = badBands.clone();
    }

    @Override
    public int[] badBands() {
        return badBands.clone();
    }
}
