package dipmix.jobs.unmix;

import dipmix.unmix.metrics.MetricsReport;
import java.nio.file.Path;
import java.util.Map;

/**
 * The result of one run.
 *
 * @param report the JSON report's content (also written to {@link OutputPaths#report()})
 * @param files the files written, keyed by output id (abundances, endmembers, report, style, sld, plot,
 *              quicklook, loss, stac, residual, classes)
 * @param metrics the scores against the references, or null when none were given
 */
public record UnmixOutcome(Map<String, Object> report, Map<String, Path> files, MetricsReport metrics) {
    public UnmixOutcome {
        report = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(report));
        files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
    }
}
