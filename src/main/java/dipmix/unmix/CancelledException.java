package dipmix.unmix;

/** Thrown inside an algorithm when its {@link Monitor} asked it to stop. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
