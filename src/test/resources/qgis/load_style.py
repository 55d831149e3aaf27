"""Loads a raster with a QML style in a headless QGIS and prints what QGIS made of it as JSON.

usage: load_style.py <raster> <style.qml | default>
("default" asks QGIS for the layer's default style, which it finds as <basename>.qml beside the raster)
Prints one JSON object: valid, style_ok, style_message, renderer, band names, renderer bands, ramp items or palette
entries, and the colours QGIS renders for each pixel (image = raster size, so image pixel = raster pixel).
"""
import json
import os
import sys

from qgis.core import (QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsRasterLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

raster, qml = sys.argv[1], sys.argv[2]
QgsApplication.setPrefixPath('/usr', True)
app = QgsApplication([], False)
app.initQgis()
layer = QgsRasterLayer(raster, 'layer')
out = {'valid': layer.isValid()}
message, ok = layer.loadDefaultStyle() if qml == 'default' else layer.loadNamedStyle(qml)
out['style_ok'] = bool(ok)
out['style_message'] = message
r = layer.renderer()
out['renderer'] = r.type()
out['band_names'] = [layer.bandName(i) for i in range(1, layer.bandCount() + 1)]
if r.type() == 'singlebandpseudocolor':
    out['band'] = r.band()
    shader = r.shader().rasterShaderFunction()
    out['min'] = r.classificationMin()
    out['max'] = r.classificationMax()
    out['ramp_type'] = int(shader.colorRampType())
    out['items'] = [{'value': i.value, 'color': i.color.name(), 'label': i.label} for i in shader.colorRampItemList()]
elif r.type() == 'multibandcolor':
    out['red'], out['green'], out['blue'] = r.redBand(), r.greenBand(), r.blueBand()
    out['stretch'] = [[ce.minimumValue(), ce.maximumValue()] for ce in
                      (r.redContrastEnhancement(), r.greenContrastEnhancement(), r.blueContrastEnhancement())]
elif r.type() == 'paletted':
    out['band'] = r.band()
    out['classes'] = [{'value': c.value, 'color': c.color.name(), 'label': c.label} for c in r.classes()]

settings = QgsMapSettings()
settings.setLayers([layer])
settings.setDestinationCrs(layer.crs())
settings.setExtent(layer.extent())
settings.setOutputSize(QSize(layer.width(), layer.height()))
settings.setBackgroundColor(QColor(255, 255, 255, 0))
job = QgsMapRendererParallelJob(settings)
job.start()
job.waitForFinished()
image = job.renderedImage()
out['pixels'] = [[QColor(image.pixel(x, y)).name() for x in range(image.width())] for y in range(image.height())]
print(json.dumps(out))
sys.stdout.flush()
# QGIS 3.22's teardown (exitQgis and the interpreter's own) segfaults headless; everything is out, so leave now
os._exit(0)
