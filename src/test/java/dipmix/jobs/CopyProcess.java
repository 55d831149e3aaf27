package dipmix.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Test-only stand-in for unmix's I/O shape: a raster input by href (data-dir path or URL), a GeoTIFF output file
 * under the job ("copy/abundances.tif") and a value output.
 */
public final class CopyProcess {
    private CopyProcess() { }

    public static ProcessDefinition definition() {
        return new ProcessDefinition("copy", "Copy", "copies a raster into the job", "1.0.0",
                EnumSet.of(JobControl.SYNC_EXECUTE, JobControl.ASYNC_EXECUTE, JobControl.DISMISS),
                List.of(InputDescription.required("input", "Raster", "raster href", Schemas.file("image/tiff")).byReference()),
                List.of(new OutputDescription("abundances", "GeoTIFF", "the copy", Schemas.file("image/tiff; application=geotiff")),
                        new OutputDescription("bytes", "Size", "bytes copied", Schemas.integer(0, Long.MAX_VALUE))));
    }

    public static ProcessRunner runner() {
        return (ctx, in) -> {
            Path from = ctx.resolver().localFile(((Href) in.get("input")).href());
            Files.createDirectories(ctx.workDir().resolve("copy"));
            Path to = ctx.workDir().resolve("copy/abundances.tif");
            Files.copy(from, to);
            return Map.of("abundances", new OutputFile("copy/abundances.tif", "image/tiff; application=geotiff"),
                    "bytes", Files.size(to));
        };
    }
}
