package dipmix.jobs;

import java.util.Map;

/**
 * The code of a process. Called on a worker thread once per job.
 *
 * <p>Contract: {@code inputs} have passed {@link InputValidator} (defaults applied; integer inputs as Long, number inputs as Double, strings as String, booleans as Boolean,
 * objects as Map, arrays as List, references as {@link Href}). Report progress and honour dismissal through
 * {@link JobContext#monitor()} (pass it to the algorithm: it throws {@link dipmix.unmix.CancelledException} when the
 * job is dismissed). Write files only under {@link JobContext#workDir()}. Return the outputs keyed by output id:
 * JSON-like values (String, Number, Boolean, Map, List) or {@link OutputFile}. An {@link IllegalArgumentException}
 * becomes the job's failure message as is; any other exception becomes "internal error" with a logged trace.
 */
@FunctionalInterface
public interface ProcessRunner {
    Map<String, Object> run(JobContext ctx, Map<String, Object> inputs) throws Exception;
}
