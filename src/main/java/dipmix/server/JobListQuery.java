package dipmix.server;

import dipmix.jobs.JobQuery;
import dipmix.jobs.JobStatus;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the job-list query parameters (processID, status, type, datetime, limit, offset) into a {@link JobQuery};
 * 400 naming the parameter on bad values. {@code type} other than "process" matches nothing (all jobs here are
 * process jobs), reported by {@link #matchesNothing()}.
 */
final class JobListQuery {
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 1000;

    private final JobQuery query;
    private final boolean matchesNothing;

    private JobListQuery(JobQuery query, boolean matchesNothing) {
        this.query = query;
        this.matchesNothing = matchesNothing;
    }

    JobQuery query() {
        return query;
    }

    boolean matchesNothing() {
        return matchesNothing;
    }

    static JobListQuery parse(Context ctx) {
        List<String> processIds = multi(ctx, "processID");
        List<JobStatus> statuses = new ArrayList<>();
        for (String s : multi(ctx, "status")) {
            try {
                statuses.add(JobStatus.parse(s));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest("parameter status: " + e.getMessage());
            }
        }
        List<String> types = multi(ctx, "type");
        boolean none = !types.isEmpty() && !types.contains("process");
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        Instant from = null;
        Instant to = null;
        String dt = ctx.queryParam("datetime");
        if (dt != null && !dt.isBlank()) {
            String[] parts = dt.split("/", -1);
            if (parts.length > 2) throw ApiProblem.badRequest("parameter datetime must be an instant or an interval 'start/end', got '" + dt + "'");
            if (parts.length == 1) {
                from = instant(parts[0]);
                to = from;
            } else {
                from = open(parts[0]) ? null : instant(parts[0]);
                to = open(parts[1]) ? null : instant(parts[1]);
            }
        }
        return new JobListQuery(new JobQuery(processIds, statuses, from, to, offset, limit), none);
    }

    private static boolean open(String s) {
        return s.isEmpty() || s.equals("..");
    }

    private static Instant instant(String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("parameter datetime: '" + s + "' is not an RFC 3339 date-time (e.g. 2026-01-31T12:00:00Z)");
        }
    }

    /** Values of a parameter given repeatedly and/or comma-separated. */
    private static List<String> multi(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            for (String p : v.split(",")) if (!p.isBlank()) out.add(p.trim());
        }
        return out;
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min || i > max) throw new NumberFormatException();
            return i;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("parameter " + name + " must be an integer in " + min + ".." + max + ", got '" + v + "'");
        }
    }
}
