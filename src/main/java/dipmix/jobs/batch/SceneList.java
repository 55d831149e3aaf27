package dipmix.jobs.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which scenes a batch covers: every raster in a folder, the files a glob matches, or the paths listed in a
 * text file (one per line, relative to the list's folder, '#' starts a comment).
 */
public final class SceneList {
    /** Extensions of raster data files; ENVI headers (.hdr) are not data: GDAL opens the .img/.dat beside them. */
    static final Set<String> RASTER_EXTENSIONS = Set.of("tif", "tiff", "img", "dat", "bsq", "bil", "bip", "h5", "hdf",
            "he5", "nc", "vrt", "jp2");

    private SceneList() {
    }

    public static List<Path> resolve(String source) {
        Path p = Path.of(source);
        List<Path> scenes;
        if (Files.isDirectory(p)) {
            scenes = inFolder(p);
        } else if (source.contains("*") || source.contains("?") || source.contains("[")) {
            scenes = glob(source);
        } else if (Files.isRegularFile(p) && source.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            scenes = listed(p);
        } else if (Files.isRegularFile(p)) {
            scenes = List.of(p);
        } else {
            throw new IllegalArgumentException("no such folder, file or pattern: " + source);
        }
        if (scenes.isEmpty()) throw new IllegalArgumentException("no raster found in " + source);
        requireDistinctNames(scenes);
        return scenes;
    }

    /** The output name of a scene: its file name without extension. */
    public static String baseName(Path scene) {
        String name = scene.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static List<Path> inFolder(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(SceneList::isRaster).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> glob(String pattern) {
        Path abs = Path.of(pattern).toAbsolutePath();
        // walk from the deepest folder without wildcards
        Path root = abs.getRoot();
        for (Path part : abs) {
            if (part.toString().matches(".*[*?\\[].*")) break;
            root = root.resolve(part);
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + abs);
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(m::matches).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + root + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> listed(Path list) {
        List<Path> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(list)) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                Path p = Path.of(s);
                out.add(p.isAbsolute() ? p : list.toAbsolutePath().getParent().resolve(p).normalize());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + list + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static boolean isRaster(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot > 0 && RASTER_EXTENSIONS.contains(n.substring(dot + 1));
    }

    private static void requireDistinctNames(List<Path> scenes) {
        Map<String, Path> seen = new HashMap<>();
        for (Path s : scenes) {
            Path before = seen.putIfAbsent(baseName(s), s);
            if (before != null) {
                throw new IllegalArgumentException("two scenes would write the same output '" + baseName(s) + ".tif': "
                        + before + " and " + s);
            }
        }
    }
}
