package dipmix.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code dipmix} command line. */
public final class Main {
    /** The subcommands of {@code dipmix}: adding one is adding its class here. */
    static final Class<?>[] SUBCOMMANDS = {InfoCommand.class, SynthCommand.class, StyleCommand.class,
            UnmixCommand.class, EstimateRCommand.class, BatchCommand.class, ServeCommand.class};

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line in-process and returns the exit code instead of exiting: 0 on success, 2 for a
     * user error (bad arguments, a missing or unreadable file, an unwritable folder), 1 for anything else.
     * Output goes to {@code out} (JSON only) and {@code err} (one line per failure; stack traces with --debug).
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = commandLine(args, out, err);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler; keep the one-line promise for the likeliest Error
            err.println("dipmix: out of memory (" + e.getMessage() + "): give Java more with DIPMIX_JAVA_OPTS=-Xmx...");
            if (java.util.Arrays.asList(args).contains("--debug")) e.printStackTrace(err);
            return ErrorReporter.INTERNAL_ERROR;
        }
    }

    static CommandLine commandLine(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new DipmixCommand());
        for (Class<?> sub : SUBCOMMANDS) cli.addSubcommand(sub);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(errWriter);
        ErrorReporter reporter = new ErrorReporter(errWriter, java.util.Arrays.asList(args).contains("--debug"));
        cli.setExecutionExceptionHandler(reporter);
        cli.setParameterExceptionHandler(reporter);
        return cli;
    }
}
