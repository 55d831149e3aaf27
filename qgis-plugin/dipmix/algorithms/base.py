"""What every dipmix algorithm shares: the server connection, the scene input, running a job, error mapping."""
import os

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer, QgsProviderRegistry)

from .. import connection
from ..client import DipmixClient, ServerError
from ..job_runner import JobCancelled, run_job
from ..scene_input import scene_href


class DipmixAlgorithm(QgsProcessingAlgorithm):
    """Subclasses define name/displayName/help, ``add_parameters()`` and ``execute(parameters, context, feedback,
    session)``; server, network and cancel failures reach QGIS as QgsProcessingException with a readable
    message (the server's own detail where it sent one)."""

    INPUT = 'INPUT'
    ENDMEMBERS = 'ENDMEMBERS'
    SEED = 'SEED'

    def createInstance(self):  # noqa: N802 (QGIS' names throughout)
        return type(self)()

    def group(self):
        return ''

    def groupId(self):
        return ''

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, 'Hyperspectral scene'))
        self.add_parameters()

    def add_parameters(self):
        raise NotImplementedError

    def processAlgorithm(self, parameters, context, feedback):
        try:
            session = Session(connection.current(), feedback)
            return self.execute(parameters, context, feedback, session)
        except (ServerError, JobCancelled) as e:
            raise QgsProcessingException(str(e))
        except (ValueError, OSError) as e:
            raise QgsProcessingException('dipmix: %s' % e)

    def execute(self, parameters, context, feedback, session):
        raise NotImplementedError

    def add_count_parameter(self):
        """ENDMEMBERS, 0 letting the server decide (unmix and extraction take it alike)."""
        self.addParameter(QgsProcessingParameterNumber(
            self.ENDMEMBERS, 'Number of endmembers (0 = estimate)', QgsProcessingParameterNumber.Integer,
            defaultValue=0, minValue=0, maxValue=100))

    def add_seed_parameter(self):
        self.addParameter(QgsProcessingParameterNumber(self.SEED, 'Seed', QgsProcessingParameterNumber.Integer,
                                                       defaultValue=1))

    def count_and_seed(self, parameters, context):
        """The server inputs of ENDMEMBERS and SEED: 'endmembers' only when one was asked for."""
        inputs = {'seed': self.parameterAsInt(parameters, self.SEED, context)}
        count = self.parameterAsInt(parameters, self.ENDMEMBERS, context)
        if count > 0:
            inputs['endmembers'] = count
        return inputs

    def scene_href(self, parameters, context, session):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException('INPUT is not a raster layer: %r' % (parameters.get(self.INPUT),))
        return scene_href(layer_source_path(layer), session.connection.data_dir, session.client, session.feedback)


class Session:
    """One algorithm run's server client and feedback."""

    def __init__(self, conn, feedback):
        self.connection = conn
        self.client = DipmixClient(conn.server_url, conn.api_key)
        self.feedback = feedback

    def run_job(self, process_id, inputs):
        """Runs the job to success and returns (job id, its results document)."""
        job_id = run_job(self.client, process_id, inputs, self.feedback)
        return job_id, self.client.results(job_id)

    def fetch(self, url, path):
        self.feedback.setProgressText('downloading %s' % os.path.basename(path))
        return self.client.download(url, path)


def layer_source_path(layer):
    """The file behind a GDAL raster layer, or its whole data source string (a subdataset, /vsi path...)."""
    source = layer.source()
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), source)
    path = parts.get('path')
    if path and os.path.isfile(path) and not parts.get('layerName'):
        return path
    return source
