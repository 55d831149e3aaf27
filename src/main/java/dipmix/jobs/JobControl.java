package dipmix.jobs;

/** How a process may be executed, with the OGC API - Processes spelling of each option. */
public enum JobControl {
    SYNC_EXECUTE("sync-execute"),
    ASYNC_EXECUTE("async-execute"),
    DISMISS("dismiss");

    private final String code;

    JobControl(String code) {
        this.code = code;
    }

    /** The value used in jobControlOptions. */
    public String code() {
        return code;
    }
}
