package dipmix.jobs.unmix;

import dipmix.style.StylePaths;
import java.nio.file.Path;

/**
 * The files one run writes beside {@code out.tif}. These names are a contract with outside clients (QGIS loads
 * {@code out.qml} by itself; scripts read {@code out.json}): change none of them.
 */
public record OutputPaths(Path abundances) {
    public Path endmembersCsv() { return StylePaths.beside(abundances, ".endmembers.csv"); }

    public Path report() { return StylePaths.beside(abundances, ".json"); }

    public Path qml() { return StylePaths.beside(abundances, ".qml"); }

    public Path sld() { return StylePaths.beside(abundances, ".sld"); }

    public Path endmemberPlot() { return StylePaths.beside(abundances, ".endmembers.png"); }

    public Path quicklook() { return StylePaths.beside(abundances, ".quicklook.png"); }

    public Path lossPlot() { return StylePaths.beside(abundances, ".loss.png"); }

    public Path stac() { return StylePaths.beside(abundances, ".stac.json"); }

    public Path residual() { return StylePaths.beside(abundances, ".residual.tif"); }

    public Path classes() { return StylePaths.beside(abundances, ".classes.tif"); }

    /** A run is complete when its report exists: the report is written last. */
    public boolean complete() { return java.nio.file.Files.isRegularFile(report()) && java.nio.file.Files.isRegularFile(abundances); }
}
