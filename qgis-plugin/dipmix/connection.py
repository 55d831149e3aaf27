"""Where the dipmix server is: QgsSettings keys, overridden by environment variables for headless use."""
import os
from collections import namedtuple

SERVER_URL_KEY = 'dipmix/server_url'
API_KEY_KEY = 'dipmix/api_key'
DATA_DIR_KEY = 'dipmix/data_dir'
DEFAULT_SERVER_URL = 'http://127.0.0.1:8080'

# Setting key -> environment variable that overrides it.
OVERRIDES = {
    SERVER_URL_KEY: 'DIPMIX_SERVER_URL',
    API_KEY_KEY: 'DIPMIX_API_KEY',
    DATA_DIR_KEY: 'DIPMIX_DATA_DIR',
}


class Connection(namedtuple('Connection', 'server_url api_key data_dir')):
    """server_url: base URL; api_key: None for an open server; data_dir: the local folder that is the server's data
    directory (a shared or mounted disk), None when the client shares no files with the server."""


def resolve(read_setting, environ):
    """The connection from ``read_setting(key) -> str or None``, each key overridden by its non-empty environment
    variable."""
    values = {}
    for key, variable in OVERRIDES.items():
        value = environ.get(variable) or read_setting(key)
        values[key] = str(value).strip() if value not in (None, '') else None
    return Connection(values[SERVER_URL_KEY] or DEFAULT_SERVER_URL, values[API_KEY_KEY], values[DATA_DIR_KEY])


def current():
    """The connection QGIS is configured with now (QgsSettings + environment)."""
    from qgis.core import QgsSettings
    settings = QgsSettings()
    return resolve(lambda key: settings.value(key, None), os.environ)


def store(server_url, api_key, data_dir):
    """Saves the three settings (empty strings clear a value)."""
    from qgis.core import QgsSettings
    settings = QgsSettings()
    for key, value in ((SERVER_URL_KEY, server_url), (API_KEY_KEY, api_key), (DATA_DIR_KEY, data_dir)):
        if value:
            settings.setValue(key, value)
        else:
            settings.remove(key)
