package dipmix.cli;

import picocli.CommandLine.IVersionProvider;

/** dipmix's version, from the jar manifest (Implementation-Version); "dev" when run from classes. */
public final class Version implements IVersionProvider {
    /** The software version recorded in outputs. */
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[]{"dipmix " + get()};
    }
}
