/**
 * The in-memory hyperspectral scene: band-sequential float32 samples, spectral metadata, validity and
 * georeferencing. Plain Java: no GDAL, no ND4J, so every other room can depend on it.
 */
package dipmix.cube;
