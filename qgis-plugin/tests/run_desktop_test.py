"""The plugin's desktop life cycle in a headless QGIS with a mocked QgisInterface: QGIS calls initProcessing, then
initGui; the settings dialog stores the connection; environment variables override it; unload removes it all.

usage: run_desktop_test.py    env: QT_QPA_PLATFORM=offscreen, HOME (a temp dir: settings are written),
PYTHONPATH=/usr/share/qgis/python/plugins:qgis-plugin. Prints "RESULT <json>" (dipmix.plugin.QgisPluginDesktopTest).
"""
import json
import os
import sys
from unittest import mock

from qgis.core import QgsApplication, QgsSettings
from qgis.gui import QgisInterface
from qgis.PyQt.QtWidgets import QMainWindow

QgsApplication.setPrefixPath('/usr', True)
app = QgsApplication([], True)  # with GUI (offscreen): the plugin's action and dialog need widgets
app.initQgis()
iface = mock.Mock(spec=QgisInterface)
window = QMainWindow()
iface.mainWindow.return_value = window

import dipmix  # noqa: E402
from dipmix import connection  # noqa: E402
from dipmix.settings_dialog import SettingsDialog  # noqa: E402

registry = QgsApplication.processingRegistry()
for variable in connection.OVERRIDES.values():
    os.environ.pop(variable, None)
out = {}
plugin = dipmix.classFactory(iface)
plugin.initProcessing()
plugin.initGui()
out['providers'] = [p.id() for p in registry.providers()].count('dipmix')
out['algorithms'] = sorted(a.id() for a in registry.providerById('dipmix').algorithms())
menu_calls = iface.addPluginToMenu.call_args_list
out['menu'] = [call[0][0] for call in menu_calls]
out['action'] = menu_calls[0][0][1].text() if menu_calls else None

dialog = SettingsDialog()
out['dialog_defaults'] = [dialog.url.text(), dialog.key.text(), dialog.data_dir.text()]
dialog.url.setText(' http://dipmix.example:9000 ')
dialog.key.setText('secret')
dialog.data_dir.setText('/srv/dipmix/data')
dialog.accept()
out['stored'] = list(connection.current())
out['raw_settings'] = [QgsSettings().value(k) for k in ('dipmix/server_url', 'dipmix/api_key', 'dipmix/data_dir')]
os.environ['DIPMIX_SERVER_URL'] = 'http://127.0.0.1:8123'
out['overridden'] = list(connection.current())
del os.environ['DIPMIX_SERVER_URL']
dialog = SettingsDialog()
dialog.key.setText('')
dialog.accept()
out['key_cleared'] = list(connection.current())

plugin.unload()
out['providers_after_unload'] = [p.id() for p in registry.providers()].count('dipmix')
out['menu_removed'] = [call[0][0] for call in iface.removePluginMenu.call_args_list]
print('RESULT ' + json.dumps(out))
sys.stdout.flush()
os._exit(0)  # QGIS 3.22's teardown segfaults headless
