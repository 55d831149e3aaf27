"""dipmix:unmix - per-pixel material abundances from the server, loaded as a styled layer group."""
import json
import os

from qgis.core import (QgsProcessingException, QgsProcessingOutputFile, QgsProcessingOutputHtml,
                       QgsProcessingOutputString, QgsProcessingParameterEnum, QgsProcessingParameterFile,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterDestination)

from ..abundance_layers import AbundanceGroupLoader
from ..result_files import plot_page, unmix_downloads
from .base import DipmixAlgorithm

METHODS = ['fclsu', 'nmf', 'undip', 'buddip']
PRESETS = ['(method default)', 'paper', 'deep', 'fast']


class UnmixAlgorithm(DipmixAlgorithm):
    METHOD = 'METHOD'
    LIBRARY = 'LIBRARY'
    ITERATIONS = 'ITERATIONS'
    PRESET = 'PRESET'
    OUTPUT = 'OUTPUT'

    def name(self):
        return 'unmix'

    def displayName(self):  # noqa: N802
        return 'Unmix hyperspectral scene'

    def shortHelpString(self):  # noqa: N802
        return ('Runs the unmix process on the dipmix server: per-pixel abundances of each material (they are '
                'non-negative and sum to one per pixel).\n\n'
                'METHOD: fclsu (fast, endmembers extracted by SiVM or taken from the library), nmf (refines the '
                'endmembers too), undip / buddip (deep image prior networks; slow, see ITERATIONS and PRESET).\n'
                'ENDMEMBERS: number of materials; 0 lets the server estimate it (HySime) or take it from LIBRARY.\n'
                'LIBRARY: optional endmember CSV (wavelength_nm, then one column per material); its column '
                'names become the material names.\n'
                'ITERATIONS: 0 = the method\'s default. SEED makes every random choice repeatable.\n\n'
                'OUTPUT is the abundance GeoTIFF (one band per material); its styles (.qml, .sld), endmember CSV '
                'and plot, run report (.json) and STAC item are saved beside it. The layers open in a group: '
                'the RGB composite of the first three materials and one pseudocolour layer per material. The '
                'endmember plot is listed in the Results Viewer.\n\n'
                'The scene is sent by path when it lies in the server\'s data directory (setting '
                'dipmix/data_dir), else uploaded. Cancelling dismisses the job on the server.')

    def add_parameters(self):
        self.addParameter(QgsProcessingParameterEnum(self.METHOD, 'Method', options=METHODS, defaultValue=0))
        self.add_count_parameter()
        self.addParameter(QgsProcessingParameterFile(
            self.LIBRARY, 'Endmember library (CSV)', extension='csv', optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.ITERATIONS, 'Iterations (0 = method default)', QgsProcessingParameterNumber.Integer,
            defaultValue=0, minValue=0, maxValue=1000000))
        self.addParameter(QgsProcessingParameterEnum(self.PRESET, 'UnDIP preset', options=PRESETS, defaultValue=0))
        self.add_seed_parameter()
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, 'Abundances'))
        self.addOutput(QgsProcessingOutputFile('ENDMEMBERS_CSV', 'Endmember spectra (CSV)'))
        self.addOutput(QgsProcessingOutputFile('PLOT', 'Endmember plot (PNG)'))
        self.addOutput(QgsProcessingOutputFile('REPORT', 'Run report (JSON)'))
        self.addOutput(QgsProcessingOutputHtml('OUTPUT_HTML', 'Endmember plot'))
        self.addOutput(QgsProcessingOutputString('MATERIALS', 'Material names (JSON list)'))
        self.addOutput(QgsProcessingOutputString('JOB_ID', 'Server job id'))

    def execute(self, parameters, context, feedback, session):
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if not out_path.lower().endswith(('.tif', '.tiff')):
            raise QgsProcessingException('OUTPUT must be a GeoTIFF file (.tif), got %s' % out_path)
        inputs = self.server_inputs(parameters, context)
        inputs['input'] = {'href': self.scene_href(parameters, context, session)}
        job_id, results = session.run_job('unmix', inputs)

        report = session.client.get_json(results['report']['href'])
        materials = report.get('materials') or []
        os.makedirs(os.path.dirname(out_path) or '.', exist_ok=True)
        local = {}
        for d in unmix_downloads(results, materials, out_path):
            local[d.key] = session.fetch(d.url, d.path)
        qmls = [local['qml:' + m] for m in materials]

        base = os.path.splitext(os.path.basename(out_path))[0]
        title = 'dipmix %s: %s' % (inputs['method'], base)
        html = None
        if 'plot' in local:
            html = plot_page(os.path.splitext(out_path)[0] + '.endmembers.html', title, local['plot'],
                             [('materials', ', '.join(materials)), ('method', inputs['method']),
                              ('server job', job_id), ('abundances', out_path)])
        if context.willLoadLayerOnCompletion(out_path):
            # QGIS loads the output itself (styled by its default <base>.qml); the post-processor groups it and
            # adds the per-material layers once the algorithm is done, on the main thread
            details = context.layerToLoadOnCompletionDetails(out_path)
            details.name = ('%s (composite)' % base) if len(materials) >= 3 else base
            details.setPostProcessor(AbundanceGroupLoader.create(title, materials, qmls))
        feedback.pushInfo('abundances of %s saved to %s' % (', '.join(materials), out_path))
        return {self.OUTPUT: out_path, 'ENDMEMBERS_CSV': local.get('endmembers'), 'PLOT': local.get('plot'),
                'REPORT': local.get('report'), 'OUTPUT_HTML': html, 'MATERIALS': json.dumps(materials),
                'JOB_ID': job_id}

    def server_inputs(self, parameters, context):
        """The unmix process inputs other than the scene; zero/default choices are left to the server."""
        inputs = self.count_and_seed(parameters, context)
        inputs['method'] = METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        iterations = self.parameterAsInt(parameters, self.ITERATIONS, context)
        if iterations > 0:
            inputs['iterations'] = iterations
        preset = self.parameterAsEnum(parameters, self.PRESET, context)
        if preset > 0:
            inputs['preset'] = PRESETS[preset]
        library = self.parameterAsFile(parameters, self.LIBRARY, context)
        if library:
            with open(library, encoding='utf-8') as f:
                inputs['library'] = f.read()  # the server takes the CSV text inline: no upload needed
        return inputs
