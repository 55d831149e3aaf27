"""dipmix QGIS plugin: a Processing provider for a dipmix unmixing server.

Importing this package pulls in nothing from QGIS, so its pure-Python parts (client, job runner, settings) are
usable and testable without a QGIS installation.
"""


def classFactory(iface):  # noqa: N802 (QGIS' required name)
    """Entry point QGIS calls when it loads the plugin."""
    from .plugin import DipmixPlugin
    return DipmixPlugin(iface)
