package dipmix.jobs;

import java.util.Locale;

/** The OGC statusCode of a job. SUCCESSFUL, FAILED and DISMISSED are final. */
public enum JobStatus {
    ACCEPTED, RUNNING, SUCCESSFUL, FAILED, DISMISSED;

    /** The lower-case code used on the wire ("accepted", ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True once the job can no longer change. */
    public boolean isFinal() {
        return this == SUCCESSFUL || this == FAILED || this == DISMISSED;
    }

    /** Parses a wire code; IllegalArgumentException naming the value otherwise. */
    public static JobStatus parse(String code) {
        for (JobStatus s : values()) {
            if (s.code().equals(code)) return s;
        }
        throw new IllegalArgumentException("unknown job status '" + code
                + "' (expected accepted, running, successful, failed or dismissed)");
    }
}
