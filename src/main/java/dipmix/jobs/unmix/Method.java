package dipmix.jobs.unmix;

import java.util.Arrays;
import java.util.Locale;

/** The unmixing methods a user can ask for, by their CLI and HTTP names. */
public enum Method {
    FCLSU("fclsu", false),
    NNLS("nnls", false),
    UCLS("ucls", false),
    NMF("nmf", true),
    UNDIP("undip", false),
    BUDDIP("buddip", true);

    private final String id;
    private final boolean blind;

    Method(String id, boolean blind) {
        this.id = id;
        this.blind = blind;
    }

    /** The name used on the command line and in the HTTP API. */
    public String id() { return id; }

    /** True when the method refines the endmembers as well as the abundances. */
    public boolean blind() { return blind; }

    public static Method parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(n)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown method '" + name + "': use one of " + ids()));
    }

    public static String ids() {
        return String.join("|", Arrays.stream(values()).map(Method::id).toList());
    }
}
