package dipmix.unmix.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** The endmember extractors by their user-facing names, each with its default settings. */
public enum ExtractorKind {
    /** Vertex component analysis. */
    VCA(Vca::new),
    /** Simplex volume maximisation as UnDIP's authors run it (projection on the rank-r subspace). */
    SIVM(Sivm::new),
    /** N-FINDR simplex volume maximisation by pixel replacement. */
    NFINDR(Nfindr::new);

    private final Supplier<EndmemberExtractor> factory;

    ExtractorKind(Supplier<EndmemberExtractor> factory) {
        this.factory = factory;
    }

    public EndmemberExtractor create() {
        return factory.get();
    }

    /** Lower-case name as used on the command line and in process inputs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "vca", "sivm" or "nfindr" (any case; "n-findr" too). */
    public static ExtractorKind parse(String name) {
        String key = name == null ? "" : name.trim().replace("-", "");
        for (ExtractorKind k : values()) if (k.id().equalsIgnoreCase(key)) return k;
        throw new IllegalArgumentException("unknown endmember extractor '" + name + "', expected one of "
                + Arrays.stream(values()).map(ExtractorKind::id).toList());
    }
}
