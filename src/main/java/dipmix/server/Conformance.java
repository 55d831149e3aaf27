package dipmix.server;

import java.util.List;

/** The conformance classes this server declares; each is exercised by the server's tests. */
final class Conformance {
    private static final String P = "http://www.opengis.net/spec/ogcapi-processes-1/1.0/conf/";
    static final List<String> CLASSES = List.of(P + "core", P + "ogc-process-description", P + "json", P + "html",
            P + "oas30", P + "job-list", P + "dismiss");

    private Conformance() { }
}
