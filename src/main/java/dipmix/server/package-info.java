/**
 * The HTTP face of dipmix: OGC API - Processes Part 1 (1.0) and WPS 1.0.0 on Javalin, over {@link dipmix.jobs}.
 *
 * <p>Entry point: {@link dipmix.server.ProcessingServer}. Routes are grouped one class per resource family
 * (landing, processes, jobs, result files, uploads, WPS); errors are JSON problem details
 * ({@link dipmix.server.ApiProblem}); JSON and HTML are negotiated by Accept and {@code f=}.
 *
 * <p>URL layout: {@code /jobs/{id}/results} is the results document; files a job wrote are served at
 * {@code /jobs/{id}/files/{path}} with HEAD and single Range requests (206), so GDAL's /vsicurl/ and QGIS read them
 * in place; GDAL's side-file probes ({@code .aux.xml}, {@code .ovr}, {@code .msk}) answer 404.
 */
package dipmix.server;
