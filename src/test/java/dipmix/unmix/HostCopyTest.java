package dipmix.unmix;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bulk copies between ND4J arrays and Java rows, on dense arrays, offset views and strided views. */
class HostCopyTest {
    private static INDArray counting(DataType type, long... shape) {
        return Nd4j.arange(0, Math.toIntExact(shape[0] * shape[1])).castTo(type).reshape('c', shape);
    }

    @Test
    void readsDenseOffsetAndStridedArraysInRowMajorOrder() {
        for (DataType type : new DataType[]{DataType.FLOAT, DataType.DOUBLE}) {
            INDArray m = counting(type, 4, 5);
            assertThat(HostCopy.values(m)).containsExactly(java.util.stream.IntStream.range(0, 20).asDoubleStream().toArray());
            // rows 2..3: a dense view at an offset
            assertThat(HostCopy.values(m.get(NDArrayIndex.interval(2, 4), NDArrayIndex.all())))
                    .containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
            // the transpose: strided, read through ND4J
            assertThat(HostCopy.values(m.transpose()).length).isEqualTo(20);
            assertThat(HostCopy.values(m.transpose())[1]).isEqualTo(5.0);
        }
    }

    @Test
    void assignWritesEveryValueInTheArraysOwnTypeAndRefusesAWrongCount() {
        for (DataType type : new DataType[]{DataType.FLOAT, DataType.DOUBLE}) {
            INDArray whole = Nd4j.zeros(type, 4, 5);
            INDArray rows = whole.get(NDArrayIndex.interval(1, 3), NDArrayIndex.all());
            double[] v = java.util.stream.IntStream.range(0, 10).mapToDouble(i -> i + 0.5).toArray();
            HostCopy.assign(v, rows);
            assertThat(whole.getDouble(0, 4)).isZero();
            assertThat(whole.getDouble(1, 0)).isEqualTo(0.5);
            assertThat(whole.getDouble(2, 4)).isEqualTo(9.5);
            assertThat(whole.getDouble(3, 0)).isZero();
            INDArray strided = Nd4j.zeros(type, 5, 4).transpose();
            HostCopy.assign(java.util.stream.IntStream.range(0, 20).asDoubleStream().toArray(), strided);
            assertThat(strided.getDouble(1, 0)).isEqualTo(5.0);
            assertThatThrownBy(() -> HostCopy.assign(new double[3], whole))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 values");
        }
    }
}
