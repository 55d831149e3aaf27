/**
 * One unmixing run from file to files: read the scene, choose the endmembers, run the method, score against
 * references, and write the abundance GeoTIFF with its side files. Shared by the CLI, batch conversion and the
 * server's processes, so all of them behave alike.
 */
package dipmix.jobs.unmix;
