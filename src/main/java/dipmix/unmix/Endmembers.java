package dipmix.unmix;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Endmember spectra as the columns of a p x r matrix, with a material name per column.
 *
 * @param matrix p x r
 * @param names r material names
 */
public record Endmembers(INDArray matrix, List<String> names) {
    public Endmembers {
        if (matrix.rank() != 2 || matrix.columns() != names.size()) {
            throw new IllegalArgumentException(names.size() + " names for endmember matrix "
                    + java.util.Arrays.toString(matrix.shape()));
        }
        names = List.copyOf(names);
    }

    /** Default names em1..emR. */
    public static Endmembers unnamed(INDArray matrix) {
        return new Endmembers(matrix, java.util.stream.IntStream.rangeClosed(1, (int) matrix.columns())
                .mapToObj(i -> "em" + i).toList());
    }

    public int count() { return names.size(); }

    public int bands() { return (int) matrix.rows(); }
}
