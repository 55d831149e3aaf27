package dipmix.raster;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file (and its companions, such as an ENVI .hdr) under a temporary name in the target folder, then
 * renames each into place only once the writer returned: a crash or failure never leaves a partial file under a
 * final name, and a failed write leaves nothing behind.
 */
public final class AtomicOutput {
    /** Writes one file at the path it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicOutput() {
    }

    /**
     * Runs {@code writer} on a temporary sibling of {@code target} and renames it to {@code target}; each
     * {@code companionExtensions} entry (".hdr") names a file the writer creates beside the temporary one with
     * that extension in place of the target's, renamed the same way (before the main file).
     */
    public static void write(Path target, List<String> companionExtensions, Writer writer) {
        Path dir = requireWritableFolder(target);
        String name = target.getFileName().toString();
        Path temp = dir.resolve(".dipmix-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-" + name);
        List<Path[]> moves = new ArrayList<>();
        for (String ext : companionExtensions) moves.add(new Path[]{withExtension(temp, ext), withExtension(target, ext)});
        moves.add(new Path[]{temp, target});
        boolean done = false;
        try {
            writer.writeTo(temp);
            for (Path[] m : moves) {
                if (!Files.exists(m[0])) throw new RasterException("writing " + target + " produced no " + m[0].getFileName());
            }
            for (Path[] m : moves) {
                Files.move(m[0], m[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw new RasterException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                for (Path[] m : moves) deleteQuietly(m[0]);
            }
        }
    }

    /** The folder a file will go to, checked to exist and be writable (one-line error otherwise). */
    static Path requireWritableFolder(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) throw new RasterException("output folder does not exist: " + dir);
        if (!Files.isWritable(dir)) throw new RasterException("output folder is not writable: " + dir);
        return dir;
    }

    /** The path with its extension (if any) replaced by {@code ext} (".hdr"). */
    static Path withExtension(Path p, String ext) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return p.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ext);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (AccessDeniedException ignored) {
            // nothing more can be done; the caller's exception says what went wrong
        } catch (IOException ignored) {
            // same: cleanup is best effort
        }
    }
}
