"""Loads an abundance GeoTIFF into the project as a layer group: the RGB composite plus one styled layer per
material. Runs as the Processing post-processor of the algorithm's output layer, i.e. on the main thread after
the algorithm finished, where adding layers to a project is allowed."""
from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsProject, QgsRasterLayer

# Processing holds post-processors by pointer only; keep the Python objects alive until QGIS has used them.
_ALIVE = []


class AbundanceGroupLoader(QgsProcessingLayerPostProcessorInterface):
    """Puts the loaded output (the composite, styled by its default <base>.qml) into a new group named
    ``group_name`` and adds, below it, one layer per material named after it and styled by its own QML
    (a pseudocolour ramp of that band). Material layers start hidden so the composite stays visible."""

    def __init__(self, group_name, materials, material_qmls):
        super().__init__()
        self.group_name = group_name
        self.materials = list(materials)
        self.material_qmls = list(material_qmls)

    @classmethod
    def create(cls, group_name, materials, material_qmls):
        loader = cls(group_name, materials, material_qmls)
        _ALIVE.append(loader)
        del _ALIVE[:-64]
        return loader

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS' name)
        project = context.project() or QgsProject.instance()
        root = project.layerTreeRoot()
        group = root.insertGroup(0, self.group_name)
        node = root.findLayer(layer.id())
        if node is not None:
            group.addChildNode(node.clone())
            node.parent().removeChildNode(node)
        path = layer.source()
        for material, qml in zip(self.materials, self.material_qmls):
            band_layer = QgsRasterLayer(path, material, 'gdal')
            if not band_layer.isValid():
                feedback.reportError('dipmix: could not open %s for material %s' % (path, material))
                continue
            message, ok = band_layer.loadNamedStyle(qml)
            if not ok:
                feedback.reportError('dipmix: style %s of %s not applied: %s' % (qml, material, message))
            project.addMapLayer(band_layer, False)
            group.addLayer(band_layer).setItemVisibilityChecked(False)
