package dipmix.server;

import dipmix.jobs.InputDescription;
import dipmix.jobs.JobControl;
import dipmix.jobs.OutputDescription;
import dipmix.jobs.ProcessCatalogue;
import dipmix.jobs.ProcessDefinition;
import dipmix.jobs.Schemas;
import dipmix.jobs.SlowProcess;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Manual/benchmark runs: a server with the test processes plus {@code spin}, a CPU-bound job (busy loop with
 * monitor checks) that stands in for a long unmixing run. Usage: DevServer PORT DATA_DIR JOBS_DIR.
 */
public final class DevServer {
    private DevServer() { }

    static ProcessDefinition spinDefinition() {
        return new ProcessDefinition("spin", "Spin", "Busy-loops for the given seconds (CPU-bound stand-in for unmix)", "1.0.0",
                EnumSet.of(JobControl.ASYNC_EXECUTE, JobControl.DISMISS),
                List.of(InputDescription.optional("seconds", "Seconds", "run time", Schemas.integer(1, 3600).put("default", 60))),
                List.of(new OutputDescription("loops", "Loops", "iterations done", Schemas.integer(0, Long.MAX_VALUE))));
    }

    public static void main(String[] args) throws Exception {
        ProcessCatalogue cat = SlowProcess.catalogue().register(spinDefinition(), (ctx, in) -> {
            long seconds = (Long) in.get("seconds");
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long start = System.nanoTime();
            long loops = 0;
            double x = 0;
            ctx.monitor().stage("spinning");
            while (System.nanoTime() < end) {
                for (int i = 0; i < 2_000_000; i++) x += Math.sqrt(i + x % 7);
                loops++;
                ctx.monitor().checkCancelled();
                ctx.monitor().iteration((int) ((System.nanoTime() - start) / 10_000_000L), (int) (seconds * 100), x);
            }
            return Map.of("loops", loops);
        });
        ServerConfig cfg = ServerConfig.defaults(Path.of(args[1]), Path.of(args[2])).withPort(Integer.parseInt(args[0]));
        ProcessingServer s = new ProcessingServer(cfg, cat).start();
        System.out.println("port " + s.port());
        Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
        Thread.currentThread().join();
    }
}
