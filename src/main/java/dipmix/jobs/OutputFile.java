package dipmix.jobs;

/**
 * A file a process wrote under its job directory, returned as an output value. The server publishes it as
 * {@code /jobs/{jobId}/files/{path}}.
 *
 * @param path      path relative to {@link JobContext#workDir()}, with '/' separators and no ".."
 * @param mediaType its media type, e.g. "image/tiff; application=geotiff"
 */
public record OutputFile(String path, String mediaType) {
    public OutputFile {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\")
                || java.util.Arrays.asList(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("output file path must be relative inside the job directory: " + path);
        }
        if (mediaType == null || mediaType.isBlank()) throw new IllegalArgumentException("output file needs a media type");
    }
}
