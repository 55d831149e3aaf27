package dipmix.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code dipmix} command: only dispatches to subcommands. */
@Command(name = "dipmix", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Hyperspectral unmixing with GDAL I/O.")
final class DipmixCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces on errors.")
    private boolean debug;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: use one of "
                + String.join(", ", spec.subcommands().keySet()) + " (dipmix --help)");
    }
}
