package dipmix.cli;

import dipmix.jobs.unmix.Method;
import dipmix.jobs.unmix.UnmixRequest;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The unmixing options shared by {@code unmix} and {@code batch}; names are a contract with outside scripts. */
final class UnmixOptions {
    @Option(names = "--method", defaultValue = "fclsu", paramLabel = "<method>",
            description = "fclsu, nnls, ucls, nmf, undip or buddip (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--extractor", paramLabel = "<name>", description = "Endmember extractor: sivm (default), vca or nfindr.")
    String extractor;

    @Option(names = "-r", paramLabel = "<N>", description = "Number of endmembers; estimated by HySime when neither -r nor --endmembers is given.")
    Integer r;

    @Option(names = "--endmembers", paramLabel = "<lib.csv>", description = "Endmember library CSV (wavelength_nm, then one column per material); skips extraction.")
    Path library;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--add-noise-snr", paramLabel = "<dB>", description = "Add seeded white Gaussian noise at this SNR before unmixing (for robustness studies).")
    Double addNoiseSnr;

    @Option(names = "--reference", paramLabel = "<truth_A.tif>", description = "Reference abundances: adds metrics to the report and prints them as the last line.")
    Path reference;

    @Option(names = "--reference-endmembers", paramLabel = "<E.csv>", description = "Reference endmember spectra (CSV) for aSAD.")
    Path referenceEndmembers;

    @Option(names = "--scale", defaultValue = "auto", paramLabel = "<auto|none|N>",
            description = "Reflectance scale of the stored data: auto (detect 0..10000 and the like), none, or the value that stands for reflectance 1.")
    String scale;

    @Option(names = "--iterations", paramLabel = "<N>", description = "Iterations of iterative methods (nmf, undip, buddip).")
    Integer iterations;

    @Option(names = "--preset", paramLabel = "<paper|deep|fast>", description = "UnDIP network preset (default paper).")
    String preset;

    @Option(names = "--lr", paramLabel = "<X>", description = "Learning rate of the DIP methods.")
    Double lr;

    @Option(names = "--optimizer", paramLabel = "<adam|nadam|rmsprop>", description = "Optimiser of the DIP methods (default adam).")
    String optimizer;

    @Option(names = "--init", paramLabel = "<random|fclsu|nmf>", description = "UnDIP network input (default random).")
    String init;

    @Option(names = "--stop-at-noise", description = "UnDIP: stop before the network fits the noise, once the averaged"
            + " abundances' residual is halfway between FCLSU's fit and the noise level read off it; off by default"
            + " (the paper runs all iterations).")
    boolean stopAtNoise;

    @Option(names = "--guidance", paramLabel = "<sivm|vca|nmf>", description = "BUDDIP's guidance (default sivm + fclsu).")
    String guidance;

    @Option(names = "--alpha", split = ",", paramLabel = "<A1,A2,A3>", description = "BUDDIP loss weights (default 0.5,0.01,1; 0.1,0.01,1 when the guidance is known to be poor).")
    double[] alpha;

    @Option(names = "--guidance-endmembers", paramLabel = "<E.csv>", description = "BUDDIP guidance endmembers from a file.")
    Path guidanceEndmembers;

    @Option(names = "--guidance-abundances", paramLabel = "<A.tif>", description = "BUDDIP guidance abundances from a raster.")
    Path guidanceAbundances;

    @Option(names = "--cog", description = "Write the abundances as a Cloud Optimized GeoTIFF.")
    boolean cog;

    @Option(names = "--residual", description = "Also write <out>.residual.tif: per-pixel reconstruction RMSE.")
    boolean residual;

    @Option(names = "--classes", description = "Also write <out>.classes.tif: the dominant material with a colour table and names.")
    boolean classes;

    UnmixRequest toRequest(Path input, Path output) {
        return new UnmixRequest().input(input).output(output).method(Method.parse(method)).extractor(extractor)
                .endmemberCount(r).library(library).seed(seed).addNoiseSnr(addNoiseSnr).reference(reference)
                .referenceEndmembers(referenceEndmembers).scale(scale).iterations(iterations).preset(preset)
                .learningRate(lr).optimizer(optimizer).init(init).stopAtNoise(stopAtNoise).guidance(guidance).alphas(alpha)
                .guidanceEndmembers(guidanceEndmembers).guidanceAbundances(guidanceAbundances).cog(cog)
                .residual(residual).classes(classes).validate();
    }
}
