/**
 * Raster I/O through GDAL: the only package that imports {@code org.gdal}.
 * <p>
 * {@link dipmix.raster.SceneReader} turns anything GDAL opens into a {@link dipmix.cube.HyperCube} (wavelengths
 * normalised to nm, scale/offset applied, nodata/NaN/Inf pixels marked invalid, bad bands flagged),
 * {@link dipmix.raster.RasterInspector} answers cheap questions about a raster without loading it,
 * {@link dipmix.raster.SceneWriter} and {@link dipmix.raster.AbundanceWriter} write GeoTIFF/ENVI atomically, and
 * {@link dipmix.raster.EndmemberCsv} reads and writes endmember spectra. Every user-facing failure is a
 * {@link dipmix.raster.RasterException} whose message is one line naming the problem and the file.
 */
package dipmix.raster;
