package dipmix.cli;

import dipmix.cube.GeoReference;
import dipmix.cube.HyperCube;
import dipmix.cube.SpectralInfo;
import dipmix.raster.AbundanceWriter;
import dipmix.raster.EndmemberCsv;
import dipmix.raster.EndmemberTable;
import dipmix.raster.RasterException;
import dipmix.raster.RasterFormat;
import dipmix.raster.SceneWriteOptions;
import dipmix.raster.SceneWriter;
import dipmix.unmix.Endmembers;
import dipmix.unmix.synthetic.LibrarySampler;
import dipmix.unmix.synthetic.SyntheticScene;
import dipmix.unmix.synthetic.SyntheticSceneGenerator;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dipmix synth <dir> ...}: a georeferenced synthetic scene with known truth: scene.tif (or scene.img +
 * scene.hdr), truth_A.tif (band names = materials) and truth_E.csv.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write a synthetic scene with known abundances and endmembers into <dir>.")
final class SynthCommand implements Callable<Integer> {
    static final String DEFAULT_LIBRARY = "test-data/spectra/usgs_subset.csv";
    /** Illustrative georeferencing (UTM 10N, 20 m pixels): synthetic scenes lie nowhere in particular. */
    static final GeoReference GEO = new GeoReference(new double[]{580000, 20, 0, 4140000, 0, -20}, null, 32610);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dir>", description = "Output folder (created when missing).")
    private Path dir;

    @Option(names = "--size", arity = "2", required = true, paramLabel = "W H", hideParamSyntax = true, description = "Width and height in pixels.")
    private int[] size;

    @Option(names = "--bands", required = true, paramLabel = "P", description = "Number of bands, evenly spaced over the library's range.")
    private int bands;

    @Option(names = "--endmembers", required = true, paramLabel = "R", description = "Number of materials drawn from the library.")
    private int endmembers;

    @Option(names = "--snr", required = true, paramLabel = "DB", description = "SNR of the white Gaussian noise in dB (Infinity for none).")
    private double snrDb;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "Random seed: the same seed gives the same files.")
    private long seed;

    @Option(names = "--format", defaultValue = "gtiff", paramLabel = "gtiff|envi", description = "Scene format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--max-purity", defaultValue = "1", paramLabel = "F",
            description = "Largest abundance any pixel may have; 1 (default) places pure pixels, less forbids them.")
    private double maxPurity;

    @Option(names = "--library", paramLabel = "CSV", description = "Endmember CSV to draw spectra from (default: " + DEFAULT_LIBRARY + ").")
    private Path library;

    @Override
    public Integer call() {
        RasterFormat fmt = RasterFormat.parse(format);
        checkArguments();
        EndmemberTable lib = EndmemberCsv.read(library != null ? library : InstallDir.resolve(DEFAULT_LIBRARY));
        double[] wl = LibrarySampler.evenBands(lib.wavelengthsNm(), bands);
        Endmembers e = LibrarySampler.draw(lib.wavelengthsNm(), lib.spectra(), lib.names(), endmembers, wl, seed);
        SyntheticScene s = SyntheticSceneGenerator.generate(e, size[0], size[1], snrDb, maxPurity, seed);
        createFolder();
        Map<String, String> meta = provenance(s);
        Path scene = dir.resolve("scene" + fmt.extension());
        HyperCube cube = HyperCube.of(size[0], size[1], bands, s.noisy().dup('c').data().asFloat(),
                new SpectralInfo(wl, null, new boolean[bands]), GEO);
        SceneWriter.write(cube, scene, fmt, new SceneWriteOptions(null, null, meta));
        Path truthA = dir.resolve("truth_A.tif");
        AbundanceWriter.write(truthA, s.abundances().dup('c').data().asFloat(), size[0], size[1], e.names(), GEO, meta, false);
        Path truthE = dir.resolve("truth_E.csv");
        EndmemberCsv.write(truthE, EndmemberTable.of(e, wl));
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("scene", scene.toString());
        j.put("truthA", truthA.toString());
        j.put("truthE", truthE.toString());
        j.put("materials", e.names());
        j.put("noiseSigma", s.sigma());
        spec.commandLine().getOut().println(Json.write(j));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void checkArguments() {
        if (size.length != 2) throw new IllegalArgumentException("--size takes one width and one height, got " + size.length + " numbers");
        if (size[0] <= 0 || size[1] <= 0) throw new IllegalArgumentException("--size must be positive, got " + size[0] + " " + size[1]);
        if (bands < 2) throw new IllegalArgumentException("--bands must be at least 2, got " + bands);
        if (endmembers < 2) throw new IllegalArgumentException("--endmembers must be at least 2, got " + endmembers);
        if (Double.isNaN(snrDb)) throw new IllegalArgumentException("--snr must be a number of dB, got NaN");
        if ((long) size[0] * size[1] * bands > Integer.MAX_VALUE - 8L) {
            throw new IllegalArgumentException("--size " + size[0] + " " + size[1] + " with " + bands + " bands is too large for one scene");
        }
    }

    private void createFolder() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RasterException("cannot create output folder " + dir + ": " + reason(e), e);
        }
    }

    /** Java's file exceptions carry only the path as message: say what went wrong instead. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException) return "a file of that name is in the way";
        if (e instanceof NoSuchFileException) return "no such parent folder";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getClass().getSimpleName();
    }

    private Map<String, String> provenance(SyntheticScene s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(AbundanceWriter.SOFTWARE_KEY, "dipmix " + Version.get());
        m.put(AbundanceWriter.METHOD_KEY, "synth");
        m.put(AbundanceWriter.PARAMETERS_KEY, String.format(Locale.ROOT,
                "size=%dx%d bands=%d endmembers=%d snr_db=%s max_purity=%s noise_sigma=%.6g",
                size[0], size[1], bands, endmembers, snrDb, maxPurity, s.sigma()));
        m.put(AbundanceWriter.SEED_KEY, Long.toString(seed));
        m.put("dipmix_materials", String.join(";", s.endmembers().names()));
        return m;
    }
}
