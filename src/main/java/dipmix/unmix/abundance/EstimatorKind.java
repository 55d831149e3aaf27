package dipmix.unmix.abundance;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** The abundance estimators by their user-facing names. */
public enum EstimatorKind {
    /** Fully constrained: nonnegative and summing to one, solved exactly. */
    FCLSU(Fclsu::new),
    /** Nonnegative least squares (no sum-to-one). */
    NNLS(Nnls::new),
    /** Unconstrained least squares. */
    UCLS(Ucls::new);

    private final Supplier<AbundanceEstimator> factory;

    EstimatorKind(Supplier<AbundanceEstimator> factory) {
        this.factory = factory;
    }

    public AbundanceEstimator create() {
        return factory.get();
    }

    /** Lower-case name as used on the command line and in process inputs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "fclsu", "nnls" or "ucls" (any case). */
    public static EstimatorKind parse(String name) {
        for (EstimatorKind k : values()) if (k.id().equalsIgnoreCase(name == null ? "" : name.trim())) return k;
        throw new IllegalArgumentException("unknown abundance method '" + name + "', expected one of "
                + Arrays.stream(values()).map(EstimatorKind::id).toList());
    }
}
