package dipmix.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command of Debian's /usr/bin/python3 (or bash) from the repository root and captures its output. */
final class PythonScript {
    static final Path REPO = Path.of(System.getProperty("dipmix.repo", ".")).toAbsolutePath();

    /** Exit code, standard output, and the standard error kept in a file for failure messages. */
    record Outcome(int exitCode, String stdout, String stderr) {
        /** The JSON after "RESULT " on the line the QGIS driver prints. */
        String resultLine() {
            return stdout.lines().filter(l -> l.startsWith("RESULT ")).map(l -> l.substring(7)).findFirst()
                    .orElseThrow(() -> new AssertionError("no RESULT line; stdout:\n" + stdout + "\nstderr:\n" + stderr));
        }
    }

    private PythonScript() {
    }

    /**
     * @param command the program and its arguments
     * @param env     added to the inherited environment
     * @param scratch folder for the captured stderr
     */
    static Outcome run(List<String> command, Map<String, String> env, Path scratch, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(REPO.toFile());
        pb.environment().putAll(env);
        Files.createDirectories(scratch);
        // files, not pipes: a hung child cannot block the reader, and the timeout holds
        Path stdout = Files.createTempFile(scratch, "stdout", ".txt");
        Path stderr = Files.createTempFile(scratch, "stderr", ".txt");
        pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s; stderr:\n"
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
        return new Outcome(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
