"""The 'dipmix' Processing provider."""
from qgis.core import QgsProcessingProvider

from .algorithms.estimate import EstimateEndmembersAlgorithm
from .algorithms.extract import ExtractEndmembersAlgorithm
from .algorithms.unmix import UnmixAlgorithm


class DipmixProvider(QgsProcessingProvider):
    """Algorithms dipmix:unmix, dipmix:extractendmembers and dipmix:estimateendmembers."""

    def id(self):
        return 'dipmix'

    def name(self):
        return 'dipmix'

    def longName(self):  # noqa: N802
        return 'dipmix hyperspectral unmixing server'

    def loadAlgorithms(self):  # noqa: N802
        for algorithm in (UnmixAlgorithm(), ExtractEndmembersAlgorithm(), EstimateEndmembersAlgorithm()):
            self.addAlgorithm(algorithm)
