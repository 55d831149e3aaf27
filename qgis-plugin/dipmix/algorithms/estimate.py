"""dipmix:estimateendmembers - how many materials the scene holds (HySime)."""
import json

from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString

from .base import DipmixAlgorithm


class EstimateEndmembersAlgorithm(DipmixAlgorithm):
    def name(self):
        return 'estimateendmembers'

    def displayName(self):  # noqa: N802
        return 'Estimate number of endmembers'

    def shortHelpString(self):  # noqa: N802
        return ('Runs the estimate-endmember-count process on the dipmix server: the HySime estimate of how many '
                'materials the scene holds (ENDMEMBERS) and the signal eigenvalues it rests on (EIGENVALUES, '
                'descending, as a JSON list). The result is logged and can feed the unmix algorithm.')

    def add_parameters(self):
        self.addOutput(QgsProcessingOutputNumber('ENDMEMBERS', 'Estimated number of endmembers'))
        self.addOutput(QgsProcessingOutputString('EIGENVALUES', 'Eigenvalues (JSON list)'))
        self.addOutput(QgsProcessingOutputString('JOB_ID', 'Server job id'))

    def execute(self, parameters, context, feedback, session):
        job_id, results = session.run_job('estimate-endmember-count',
                                          {'input': {'href': self.scene_href(parameters, context, session)}})
        count = int(results['r'])
        feedback.pushInfo('HySime estimates %d endmembers' % count)
        return {'ENDMEMBERS': count, 'EIGENVALUES': json.dumps(results.get('eigenvalues')), 'JOB_ID': job_id}
