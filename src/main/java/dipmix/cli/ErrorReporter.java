package dipmix.cli;

import dipmix.raster.RasterException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns failures into exit codes: user errors (bad arguments, IllegalArgumentException,
 * RasterException) exit 2, anything else 1; each prints one line "dipmix: message" on stderr, plus the stack
 * trace only with --debug.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 1;

    private final PrintWriter err;
    private final boolean debug;

    ErrorReporter(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        return report(ex, USER_ERROR);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (ex instanceof ParameterException pe) return report(pe, USER_ERROR);
        boolean user = ex instanceof IllegalArgumentException || ex instanceof RasterException;
        return report(ex, user ? USER_ERROR : INTERNAL_ERROR);
    }

    private int report(Exception ex, int code) {
        String msg = ex.getMessage();
        if (msg == null || msg.isBlank()) msg = ex.getClass().getSimpleName();
        if (code == INTERNAL_ERROR) msg = "internal error: " + msg + " (" + ex.getClass().getSimpleName() + ")";
        err.println("dipmix: " + msg.strip().replace('\n', ' '));
        if (debug) ex.printStackTrace(err);
        err.flush();
        return code;
    }
}
