/**
 * GIS-ready outputs of an unmixing run: QGIS (QML) and GeoServer (SLD 1.0) styles, PNG plots and quicklooks, and
 * STAC Items.
 *
 * <p>One {@link dipmix.style.MaterialPalette} gives every material its colour, so a material looks the same in QML,
 * SLD and plots. Style text comes from the templates in the top-level {@code styles/} folder (on the classpath as
 * {@code styles/}). This package works on plain values (names, arrays, {@link dipmix.cube.GeoReference}) and never
 * imports GDAL: the GDAL/OSR parts it needs are {@link dipmix.raster.Footprint} and
 * {@link dipmix.raster.ClassRasterWriter}.
 */
package dipmix.style;
