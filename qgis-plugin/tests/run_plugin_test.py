"""Drives the dipmix plugin in a real headless QGIS against a running dipmix server and prints what happened.

usage: run_plugin_test.py <scene in the server's data dir> <library.csv> <noisy scene in the data dir>
                          <ENVI scene outside the data dir> <work dir> <png out>
env:   DIPMIX_SERVER_URL (required), DIPMIX_DATA_DIR (the server's data dir), QT_QPA_PLATFORM=offscreen, HOME,
       PYTHONPATH=/usr/share/qgis/python/plugins:qgis-plugin

Steps: unmix by path with a library (layers loaded as QGIS' desktop would: processing.runAndLoadResults), the
count estimate of an ENVI scene (converted to GeoTIFF and uploaded), endmember extraction from a copy of the scene
outside the data dir (uploaded as it is), a job the server
fails (its detail must reach the exception), a cancelled NMF job on a noisy scene (it runs for minutes), and
the 2x2 render of the material layers.
Prints one line "RESULT <json>" for the JUnit test (dipmix.plugin.QgisPluginTest) to check; exit code 0 even when
a step failed, its error is in the JSON.
"""
import json
import os
import re
import shutil
import sys
import traceback
import urllib.request

from qgis.core import (QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsProcessingException,
                       QgsProcessingFeedback, QgsProject, QgsRasterLayer)
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

scene, library, noisy, envi, work, png = sys.argv[1:7]
QgsApplication.setPrefixPath('/usr', True)
app = QgsApplication([], False)
app.initQgis()

import processing  # noqa: E402 (needs the initialised application)
from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()
import dipmix  # noqa: E402

plugin = dipmix.classFactory(None)
plugin.initProcessing()
registry = QgsApplication.processingRegistry()
out = {'algorithms': sorted(a.id() for a in registry.providerById('dipmix').algorithms()),
       'unmix_parameters': [p.name() for p in registry.algorithmById('dipmix:unmix').parameterDefinitions()],
       'unmix_methods': registry.algorithmById('dipmix:unmix').parameterDefinition('METHOD').options()}


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps every message and progress value; optionally cancels once a progress text matches."""

    def __init__(self, cancel_on=None):
        super().__init__()
        self.infos, self.texts, self.progress, self.cancel_on = [], [], [], cancel_on
        self.progressChanged.connect(self.progress.append)

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)

    def setProgressText(self, text):  # noqa: N802
        self.texts.append(text)
        if self.cancel_on and re.search(self.cancel_on, text) and not self.isCanceled():
            self.cancel()

    def job_id(self):
        for line in self.infos:
            m = re.match(r'dipmix job (\S+)', line)
            if m:
                return m.group(1)
        return None


def step(name, fn):
    try:
        out[name] = fn()
    except Exception as e:  # recorded for the JUnit test to report
        out[name] = {'error': '%s: %s' % (type(e).__name__, e), 'trace': traceback.format_exc()}


def layer_facts(layer):
    r = layer.renderer()
    facts = {'name': layer.name(), 'valid': layer.isValid(), 'renderer': r.type(),
             'band_names': [layer.bandName(i) for i in range(1, layer.bandCount() + 1)]}
    if r.type() == 'singlebandpseudocolor':
        facts['band'] = r.band()
    return facts


def unmix_by_path():
    fb = RecordingFeedback()
    target = os.path.join(work, 'demo.tif')
    result = processing.runAndLoadResults('dipmix:unmix', {
        'INPUT': scene, 'METHOD': 0, 'LIBRARY': library, 'OUTPUT': target}, feedback=fb)
    groups = [g for g in QgsProject.instance().layerTreeRoot().findGroups() if g.name().startswith('dipmix')]
    return {'result': {k: v for k, v in result.items() if isinstance(v, str)},
            'sent_by_path': any("sending its path" in i for i in fb.infos),
            'progress_texts': fb.texts, 'max_progress': max(fb.progress or [0]),
            'files': sorted(os.listdir(work)),
            'groups': [{'name': g.name(), 'layers': [layer_facts(n.layer()) for n in g.findLayers()],
                        'checked': [n.itemVisibilityChecked() for n in g.findLayers()]} for g in groups]}


def estimate_converted():
    fb = RecordingFeedback()
    result = processing.run('dipmix:estimateendmembers', {'INPUT': envi}, feedback=fb)
    return {'endmembers': result['ENDMEMBERS'], 'converted': any(i.startswith('converting') for i in fb.infos),
            'eigenvalues': len(json.loads(result['EIGENVALUES']))}


def extract_uploaded():
    outside = os.path.join(work, 'elsewhere', 'my scene.tif')
    os.makedirs(os.path.dirname(outside), exist_ok=True)
    shutil.copy(scene, outside)
    target = os.path.join(work, 'extracted', 'em.csv')
    fb = RecordingFeedback()
    result = processing.run('dipmix:extractendmembers', {'INPUT': outside, 'ENDMEMBERS': 4, 'EXTRACTOR': 1,
                                                         'OUTPUT': target}, feedback=fb)
    with open(target, encoding='utf-8') as f:
        header = f.readline().strip().split(',')
    return {'header': header, 'plot_exists': os.path.isfile(result['PLOT']),
            'uploaded': any(i.startswith('uploading') for i in fb.infos), 'pixels': len(json.loads(result['PIXELS']))}


def server_failure():
    """A job the server runs and fails, and a request it refuses (an unknown path: a 404 problem)."""
    bad = os.path.join(work, 'bad-library.csv')
    with open(bad, 'w') as f:
        f.write('wavelength_nm\n500\n600\n')
    out = {'failed': raised_message('dipmix:unmix', {'INPUT': scene, 'LIBRARY': bad,
                                                     'OUTPUT': os.path.join(work, 'bad.tif')})}
    url = os.environ['DIPMIX_SERVER_URL']
    os.environ['DIPMIX_SERVER_URL'] = url.rstrip('/') + '/nowhere'
    try:
        out['refused'] = raised_message('dipmix:estimateendmembers', {'INPUT': scene})
    finally:
        os.environ['DIPMIX_SERVER_URL'] = url
    return out


def raised_message(algorithm, parameters):
    """The QgsProcessingException text the run raised, or None when it succeeded."""
    try:
        processing.run(algorithm, parameters, feedback=RecordingFeedback())
        return None
    except QgsProcessingException as e:
        return str(e)


def cancel():
    fb = RecordingFeedback(cancel_on=r'^NMF$')
    try:
        processing.run('dipmix:unmix', {'INPUT': noisy, 'METHOD': 1, 'ENDMEMBERS': 20, 'ITERATIONS': 200000,
                                        'OUTPUT': os.path.join(work, 'cancelled.tif')}, feedback=fb)
        raised = None
    except QgsProcessingException as e:
        raised = str(e)
    job = fb.job_id()
    status = json.load(urllib.request.urlopen(os.environ['DIPMIX_SERVER_URL'].rstrip('/') + '/jobs/' + job))
    return {'raised': raised, 'job': job, 'server_status': status['status'], 'server_message': status['message'],
            'server_progress': status['progress'], 'cancelled': fb.isCanceled(), 'texts': fb.texts}


def render():
    group = next(g for g in QgsProject.instance().layerTreeRoot().findGroups() if g.name().startswith('dipmix'))
    materials = [n.layer() for n in group.findLayers() if n.layer().renderer().type() == 'singlebandpseudocolor']
    tile, label, gap = 240, 22, 8
    image = QImage(2 * tile + gap, 2 * (tile + label) + gap, QImage.Format_RGB32)
    image.fill(QColor('white'))
    painter = QPainter(image)
    painter.setFont(QFont('DejaVu Sans', 10))
    for k, layer in enumerate(materials[:4]):
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(layer.crs())
        settings.setExtent(layer.extent())
        settings.setOutputSize(QSize(tile, tile))
        settings.setBackgroundColor(QColor('white'))
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        x, y = (k % 2) * (tile + gap), (k // 2) * (tile + label + gap)
        painter.setPen(QColor('black'))
        painter.drawText(QRectF(x, y, tile, label), Qt.AlignCenter, layer.name())
        painter.drawImage(x, y + label, job.renderedImage())
    painter.end()
    os.makedirs(os.path.dirname(os.path.abspath(png)), exist_ok=True)
    image.save(png, 'PNG')
    return {'path': png, 'layers': [m.name() for m in materials[:4]], 'bytes': os.path.getsize(png)}


step('unmix', unmix_by_path)
step('estimate', estimate_converted)
step('extract', extract_uploaded)
step('failure', server_failure)
step('cancel', cancel)
step('render', render)
print('RESULT ' + json.dumps(out))
sys.stdout.flush()
# QGIS 3.22's teardown segfaults headless; everything is printed, so leave now
os._exit(0)
