/**
 * Tests of the QGIS plugin (qgis-plugin/): its Python unit tests, the plugin zip, and the plugin driven in a real
 * headless QGIS against a live dipmix server.
 */
package dipmix.plugin;
