package dipmix.jobs.batch;

import dipmix.jobs.unmix.OutputPaths;
import dipmix.jobs.unmix.UnmixPipeline;
import dipmix.jobs.unmix.UnmixRequest;
import dipmix.unmix.Monitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Unmixes many scenes with one set of options. A scene whose outputs are complete is skipped (the pipeline's
 * atomic writes make "report present" a safe test), unless forced; a failing scene is recorded and the others
 * go on.
 */
public final class BatchRun {
    private final Function<Path, UnmixRequest> requestFor;
    private final boolean force;
    private final int jobs;

    /**
     * @param requestFor builds the request of one scene (input and output set)
     * @param force redo scenes whose outputs are complete
     * @param jobs scenes run at once
     */
    public BatchRun(Function<Path, UnmixRequest> requestFor, boolean force, int jobs) {
        if (jobs < 1) throw new IllegalArgumentException("--jobs must be at least 1, got " + jobs);
        this.requestFor = requestFor;
        this.force = force;
        this.jobs = jobs;
    }

    /** Runs every scene; {@code onDone} hears of each as it ends (from worker threads, one at a time). */
    public List<SceneOutcome> run(List<Path> scenes, Consumer<SceneOutcome> onDone) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<SceneOutcome>> futures = new ArrayList<>();
            for (Path scene : scenes) {
                futures.add(pool.submit(() -> {
                    SceneOutcome o = one(scene);
                    synchronized (onDone) {
                        onDone.accept(o);
                    }
                    return o;
                }));
            }
            List<SceneOutcome> out = new ArrayList<>();
            for (Future<SceneOutcome> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("batch worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private SceneOutcome one(Path scene) {
        long t0 = System.nanoTime();
        UnmixRequest request;
        try {
            request = requestFor.apply(scene);
        } catch (RuntimeException e) {
            return new SceneOutcome(scene, null, SceneOutcome.Status.FAILED, 0, message(e));
        }
        Path out = request.output();
        if (!force && new OutputPaths(out).complete()) {
            return new SceneOutcome(scene, out, SceneOutcome.Status.SKIPPED, 0, null);
        }
        try {
            UnmixPipeline.run(request, Monitor.NONE);
            return new SceneOutcome(scene, out, SceneOutcome.Status.DONE, (System.nanoTime() - t0) / 1e9, null);
        } catch (RuntimeException | OutOfMemoryError e) {
            return new SceneOutcome(scene, out, SceneOutcome.Status.FAILED, (System.nanoTime() - t0) / 1e9, message(e));
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return (m == null || m.isBlank() ? e.getClass().getSimpleName() : m).strip().replace('\n', ' ');
    }
}
