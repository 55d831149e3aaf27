package dipmix.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The dipmix checkout the program runs from, to find files it ships (test-data/). The jar sits in target/ and the
 * classes in target/classes, so two levels up from the code location; {@code -Ddipmix.repo} overrides.
 */
final class InstallDir {
    private InstallDir() {
    }

    static Path resolve(String relative) {
        String repo = System.getProperty("dipmix.repo");
        if (repo != null) return Path.of(repo).resolve(relative);
        try {
            Path code = Path.of(InstallDir.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = code.getParent() == null ? code : code.getParent().getParent();
            Path candidate = root == null ? Path.of(relative) : root.resolve(relative);
            return Files.exists(candidate) ? candidate : Path.of(relative);
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(relative);
        }
    }
}
