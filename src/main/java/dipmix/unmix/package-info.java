/**
 * Unmixing algorithms and their metrics, on ND4J matrices: endmember extraction, abundance estimation,
 * blind and deep-image-prior methods. No file, GDAL or HTTP code here: callers hand in a
 * {@link dipmix.unmix.SceneMatrix} and get matrices back.
 */
package dipmix.unmix;
