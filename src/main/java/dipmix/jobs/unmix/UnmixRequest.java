package dipmix.jobs.unmix;

import java.nio.file.Path;

/**
 * Everything a user can ask of one unmixing run, shared by the CLI, batch conversion and the server's unmix
 * process. Null means "not given": the pipeline then picks the documented default. Fluent setters; checked by
 * {@link #validate()} before any work starts, so bad input fails with one clear message.
 */
public final class UnmixRequest {
    private Path input;
    private Path output;
    private Method method = Method.FCLSU;
    private String extractor;
    private Integer endmemberCount;
    private Path library;
    private long seed = 1;
    private Double addNoiseSnr;
    private Path reference;
    private Path referenceEndmembers;
    private String scale = "auto";
    private Integer iterations;
    private String preset;
    private Double learningRate;
    private String optimizer;
    private String init;
    private boolean stopAtNoise;
    private String guidance;
    private double[] alphas;
    private Path guidanceEndmembers;
    private Path guidanceAbundances;
    private boolean cog;
    private boolean residual;
    private boolean classes;

    public Path input() { return input; }
    public UnmixRequest input(Path v) { input = v; return this; }
    public Path output() { return output; }
    public UnmixRequest output(Path v) { output = v; return this; }
    public Method method() { return method; }
    public UnmixRequest method(Method v) { method = v; return this; }
    /** Extractor name; null means sivm (the extractor UnDIP's and BUDDIP's authors use). */
    public String extractor() { return extractor; }
    public UnmixRequest extractor(String v) { extractor = v; return this; }
    public Integer endmemberCount() { return endmemberCount; }
    public UnmixRequest endmemberCount(Integer v) { endmemberCount = v; return this; }
    public Path library() { return library; }
    public UnmixRequest library(Path v) { library = v; return this; }
    public long seed() { return seed; }
    public UnmixRequest seed(long v) { seed = v; return this; }
    public Double addNoiseSnr() { return addNoiseSnr; }
    public UnmixRequest addNoiseSnr(Double v) { addNoiseSnr = v; return this; }
    public Path reference() { return reference; }
    public UnmixRequest reference(Path v) { reference = v; return this; }
    public Path referenceEndmembers() { return referenceEndmembers; }
    public UnmixRequest referenceEndmembers(Path v) { referenceEndmembers = v; return this; }
    /** "auto", "none" or the positive number that stands for reflectance 1 in the stored data (10000, say). */
    public String scale() { return scale; }
    public UnmixRequest scale(String v) { scale = v; return this; }
    public Integer iterations() { return iterations; }
    public UnmixRequest iterations(Integer v) { iterations = v; return this; }
    public String preset() { return preset; }
    public UnmixRequest preset(String v) { preset = v; return this; }
    public Double learningRate() { return learningRate; }
    public UnmixRequest learningRate(Double v) { learningRate = v; return this; }
    public String optimizer() { return optimizer; }
    public UnmixRequest optimizer(String v) { optimizer = v; return this; }
    public String init() { return init; }
    public UnmixRequest init(String v) { init = v; return this; }
    /** UnDIP: stop before the network fits the noise (see dipmix.unmix.dip.UndipOptions#stopAtNoise). */
    public boolean stopAtNoise() { return stopAtNoise; }
    public UnmixRequest stopAtNoise(boolean v) { stopAtNoise = v; return this; }
    public String guidance() { return guidance; }
    public UnmixRequest guidance(String v) { guidance = v; return this; }
    public double[] alphas() { return alphas == null ? null : alphas.clone(); }
    public UnmixRequest alphas(double[] v) { alphas = v == null ? null : v.clone(); return this; }
    public Path guidanceEndmembers() { return guidanceEndmembers; }
    public UnmixRequest guidanceEndmembers(Path v) { guidanceEndmembers = v; return this; }
    public Path guidanceAbundances() { return guidanceAbundances; }
    public UnmixRequest guidanceAbundances(Path v) { guidanceAbundances = v; return this; }
    public boolean cog() { return cog; }
    public UnmixRequest cog(boolean v) { cog = v; return this; }
    public boolean residual() { return residual; }
    public UnmixRequest residual(boolean v) { residual = v; return this; }
    public boolean classes() { return classes; }
    public UnmixRequest classes(boolean v) { classes = v; return this; }

    /** Checks what can be checked without reading the scene; throws IllegalArgumentException naming the problem. */
    public UnmixRequest validate() {
        if (input == null) throw new IllegalArgumentException("no input raster given");
        if (output == null) throw new IllegalArgumentException("no output file given (-o)");
        if (endmemberCount != null && endmemberCount < 1) {
            throw new IllegalArgumentException("the number of endmembers must be at least 1, got " + endmemberCount);
        }
        if (endmemberCount != null && library != null) {
            throw new IllegalArgumentException("give either -r or --endmembers, not both");
        }
        if (iterations != null && iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        }
        if (learningRate != null && !(learningRate > 0 && learningRate < 1)) {
            throw new IllegalArgumentException("the learning rate must be in (0, 1), got " + learningRate);
        }
        if (addNoiseSnr != null && !Double.isFinite(addNoiseSnr)) {
            throw new IllegalArgumentException("--add-noise-snr must be a finite number of dB");
        }
        if (alphas != null && (alphas.length != 3 || java.util.Arrays.stream(alphas).anyMatch(a -> !(a >= 0)))) {
            throw new IllegalArgumentException("--alpha takes three non-negative weights A1,A2,A3");
        }
        if (!"auto".equals(scale) && !"none".equals(scale)) {
            try {
                if (!(Double.parseDouble(scale) > 0)) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--scale takes auto, none or a positive number, got '" + scale + "'");
            }
        }
        return this;
    }
}
