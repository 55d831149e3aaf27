package dipmix.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Test-only process that iterates like an algorithm: a stage message, then {@code iterations} steps of
 * {@code delayMs} each with a monitor check, then writes a CSV file. Used to exercise progress, dismissal, queue
 * limits and restarts without any numerical work.
 */
public final class SlowProcess {
    private SlowProcess() { }

    public static ProcessDefinition definition() {
        return new ProcessDefinition("slow", "Slow", "Iterates slowly, then writes a CSV", "1.0.0",
                EnumSet.of(JobControl.SYNC_EXECUTE, JobControl.ASYNC_EXECUTE, JobControl.DISMISS),
                List.of(InputDescription.optional("iterations", "Iterations", "steps", Schemas.integer(1, 100000).put("default", 5)),
                        InputDescription.optional("delayMs", "Delay", "ms per step", Schemas.integer(0, 10000).put("default", 10)),
                        InputDescription.optional("fail", "Fail", "throw at the end", Schemas.bool().put("default", false))),
                List.of(new OutputDescription("table", "Table", "a CSV file", Schemas.file("text/csv")),
                        new OutputDescription("steps", "Steps", "iterations done", Schemas.integer(0, 100000))));
    }

    public static ProcessRunner runner() {
        return (ctx, in) -> {
            int n = ((Long) in.get("iterations")).intValue();
            long delay = (Long) in.get("delayMs");
            ctx.monitor().stage("training");
            for (int i = 1; i <= n; i++) {
                ctx.monitor().checkCancelled();
                Thread.sleep(delay);
                ctx.monitor().iteration(i, n, 1.0 / i);
            }
            if ((Boolean) in.get("fail")) throw new IllegalArgumentException("asked to fail after " + n + " steps");
            Path dir = ctx.workDir().resolve("out");
            Files.createDirectories(dir);
            StringBuilder sb = new StringBuilder("step,loss\n");
            for (int i = 1; i <= n; i++) sb.append(i).append(',').append(1.0 / i).append('\n');
            Files.writeString(dir.resolve("table.csv"), sb.toString());
            return Map.of("table", new OutputFile("out/table.csv", "text/csv"), "steps", (long) n);
        };
    }

    /** The test catalogue: the standard processes plus slow and copy. */
    public static ProcessCatalogue catalogue() {
        return StandardProcesses.catalogue().register(definition(), runner())
                .register(CopyProcess.definition(), CopyProcess.runner());
    }
}
