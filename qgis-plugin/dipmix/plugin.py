"""The plugin object QGIS creates: registers the Processing provider and, in the desktop, a settings action."""
from qgis.core import QgsApplication

from .provider import DipmixProvider


class DipmixPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.settings_action = None

    def initProcessing(self):  # noqa: N802 (QGIS calls it, also when running headless processing)
        if self.provider is None:  # initGui calls it again in the desktop
            self.provider = DipmixProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.iface is None:
            return
        from qgis.PyQt.QtWidgets import QAction
        self.settings_action = QAction('Server settings…', self.iface.mainWindow())
        self.settings_action.triggered.connect(self.edit_settings)
        self.iface.addPluginToMenu('dipmix', self.settings_action)

    def edit_settings(self):
        from .settings_dialog import SettingsDialog
        SettingsDialog(self.iface.mainWindow()).exec_()

    def unload(self):
        if self.settings_action is not None:
            self.iface.removePluginMenu('dipmix', self.settings_action)
            self.settings_action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
