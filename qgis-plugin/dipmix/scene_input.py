"""How a local raster reaches the server: by path when it lies in the server's data directory, else uploaded.

The server does not publish its data directory, so the user says which local folder it is (setting dipmix/data_dir
or DIPMIX_DATA_DIR: the same disk mounted on both machines, or the same folder when both run on one machine).
A raster under that folder is sent as its relative href and nothing is copied; any other raster is uploaded
(POST /uploads), after a conversion to GeoTIFF when it is not one, because uploads are single files.
"""
import os
import re
import tempfile

GEOTIFF_SUFFIXES = ('.tif', '.tiff')


def data_dir_href(path, data_dir):
    """The href of ``path`` relative to ``data_dir`` ('sub/scene.tif'), or None when it lies outside (or either is
    unset). Symbolic links are resolved on both sides so a linked folder still counts."""
    if not data_dir or not path:
        return None
    root = os.path.realpath(data_dir)
    real = os.path.realpath(path)
    if not os.path.isfile(real) or os.path.commonpath([root, real]) != root:
        return None
    return os.path.relpath(real, root).replace(os.sep, '/')


def upload_name(path):
    """A file name the upload endpoint accepts (letters, digits, '.', '_', '-'; no '..'), ending in .tif."""
    stem = os.path.splitext(os.path.basename(path))[0]
    stem = re.sub(r'[^A-Za-z0-9_-]', '_', stem).lstrip('_-') or 'scene'
    return stem[:110] + '.tif'


def scene_href(source_path, data_dir, client, feedback):
    """The href to send for the raster at ``source_path`` (a file, or any GDAL data source string)."""
    href = data_dir_href(source_path, data_dir)
    if href is not None:
        feedback.pushInfo("the server's data directory holds the scene: sending its path '%s'" % href)
        return href
    if os.path.isfile(source_path) and source_path.lower().endswith(GEOTIFF_SUFFIXES):
        feedback.pushInfo('uploading %s (%.1f MB)' % (source_path, os.path.getsize(source_path) / 1e6))
        return client.upload(source_path, upload_name(source_path))
    with tempfile.TemporaryDirectory(prefix='dipmix-') as tmp:
        converted = os.path.join(tmp, upload_name(source_path))
        feedback.pushInfo('converting %s to GeoTIFF for the upload' % source_path)
        to_geotiff(source_path, converted)
        return client.upload(converted, os.path.basename(converted))


def to_geotiff(source, destination):
    """Copies any GDAL-readable raster (ENVI, a NetCDF variable, ...) with its metadata to a GeoTIFF."""
    try:
        from osgeo import gdal
    except ImportError:
        raise ValueError('converting %s to GeoTIFF for the upload needs GDAL\'s Python bindings (python3-gdal); '
                         'save the layer as GeoTIFF first, or put it in the server\'s data directory' % source)
    gdal.UseExceptions()
    try:
        result = gdal.Translate(destination, source, format='GTiff', creationOptions=['BIGTIFF=IF_SAFER'])
    except RuntimeError as e:  # GDAL's errors under UseExceptions
        raise ValueError('GDAL could not convert %s to GeoTIFF: %s' % (source, e))
    if result is None:
        raise ValueError('GDAL could not convert %s to GeoTIFF' % source)
    result = None  # closes and flushes the file
    return destination
