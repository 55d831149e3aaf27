"""Desktop dialog for the server URL, API key and shared data directory (stored in QgsSettings)."""
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from . import connection


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle('dipmix server settings')
        current = connection.current()
        self.url = QLineEdit(current.server_url)
        self.key = QLineEdit(current.api_key or '')
        self.key.setEchoMode(QLineEdit.Password)
        self.data_dir = QLineEdit(current.data_dir or '')
        self.data_dir.setPlaceholderText("local folder that is the server's --data-dir (optional)")
        form = QFormLayout(self)
        form.addRow('Server URL', self.url)
        form.addRow('API key', self.key)
        form.addRow('Shared data folder', self.data_dir)
        form.addRow(QLabel('Rasters under the shared data folder are sent by path; others are uploaded.\n'
                           'The environment variables DIPMIX_SERVER_URL, DIPMIX_API_KEY and DIPMIX_DATA_DIR '
                           'override these settings.'))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self):
        connection.store(self.url.text().strip(), self.key.text().strip(), self.data_dir.text().strip())
        super().accept()
