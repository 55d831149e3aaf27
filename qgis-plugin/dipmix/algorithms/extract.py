"""dipmix:extractendmembers - endmember spectra found among the scene's pixels."""
import json
import os

from qgis.core import (QgsProcessingOutputFile, QgsProcessingOutputHtml, QgsProcessingOutputString,
                       QgsProcessingParameterEnum, QgsProcessingParameterFileDestination)

from ..result_files import plot_page
from .base import DipmixAlgorithm

EXTRACTORS = ['sivm', 'vca', 'nfindr']


class ExtractEndmembersAlgorithm(DipmixAlgorithm):
    EXTRACTOR = 'EXTRACTOR'
    OUTPUT = 'OUTPUT'

    def name(self):
        return 'extractendmembers'

    def displayName(self):  # noqa: N802
        return 'Extract endmembers'

    def shortHelpString(self):  # noqa: N802
        return ('Runs the extract-endmembers process on the dipmix server: the spectra of the purest pixels '
                '(SiVM, VCA or N-FINDR), saved as a CSV (wavelength_nm, then one column per endmember) that the '
                'unmix algorithm takes as LIBRARY, with a plot beside it (also in the Results Viewer).\n'
                'ENDMEMBERS: how many; 0 lets the server estimate it (HySime). PIXELS lists the chosen pixels '
                'as [column, row].')

    def add_parameters(self):
        self.add_count_parameter()
        self.addParameter(QgsProcessingParameterEnum(self.EXTRACTOR, 'Extractor', options=EXTRACTORS, defaultValue=0))
        self.add_seed_parameter()
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, 'Endmember spectra',
                                                                fileFilter='CSV files (*.csv)'))
        self.addOutput(QgsProcessingOutputFile('PLOT', 'Endmember plot (PNG)'))
        self.addOutput(QgsProcessingOutputHtml('OUTPUT_HTML', 'Endmember plot'))
        self.addOutput(QgsProcessingOutputString('PIXELS', 'Chosen pixels (JSON: material -> [column, row])'))
        self.addOutput(QgsProcessingOutputString('JOB_ID', 'Server job id'))

    def execute(self, parameters, context, feedback, session):
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        inputs = self.count_and_seed(parameters, context)
        inputs['extractor'] = EXTRACTORS[self.parameterAsEnum(parameters, self.EXTRACTOR, context)]
        inputs['input'] = {'href': self.scene_href(parameters, context, session)}
        job_id, results = session.run_job('extract-endmembers', inputs)
        os.makedirs(os.path.dirname(csv_path) or '.', exist_ok=True)
        session.fetch(results['endmembers']['href'], csv_path)
        stem = os.path.splitext(csv_path)[0]
        png = session.fetch(results['plot']['href'], stem + '.png')
        pixels = results.get('pixels') or {}
        html = plot_page(stem + '.html', 'dipmix endmembers (%s)' % inputs['extractor'], png,
                         [(m, 'column %d, row %d' % tuple(p)) for m, p in pixels.items()] + [('server job', job_id)])
        return {self.OUTPUT: csv_path, 'PLOT': png, 'OUTPUT_HTML': html, 'PIXELS': json.dumps(pixels),
                'JOB_ID': job_id}
