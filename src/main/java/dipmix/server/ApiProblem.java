package dipmix.server;

/**
 * An error answered as RFC 7807 problem details. Thrown from handlers; the server's exception mapper writes it.
 * The detail is user-facing: name the offending thing and value, never include a stack trace.
 */
public class ApiProblem extends RuntimeException {
    static final String OGC = "http://www.opengis.net/def/exceptions/ogcapi-processes-1/1.0/";
    private final int status;
    private final String type;
    private final String title;

    public ApiProblem(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "about:blank", "Bad Request", detail);
    }

    static ApiProblem noSuchProcess(String id) {
        return new ApiProblem(404, OGC + "no-such-process", "No such process", "no process with id '" + id + "'");
    }

    static ApiProblem noSuchJob(String id) {
        return new ApiProblem(404, OGC + "no-such-job", "No such job", "no job with id '" + id + "'");
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "about:blank", "Not Found", detail);
    }

    static ApiProblem unauthorized() {
        return new ApiProblem(401, "about:blank", "Unauthorized", "this operation needs the header 'Authorization: Bearer <API key>'");
    }

    static ApiProblem tooLarge(long limit) {
        return new ApiProblem(413, "about:blank", "Content Too Large", "the request body is larger than the limit of " + limit + " bytes");
    }

    static ApiProblem unsupportedMediaType(String got, String expected) {
        return new ApiProblem(415, "about:blank", "Unsupported Media Type", "content type '" + got + "' is not accepted here; send " + expected);
    }
}
