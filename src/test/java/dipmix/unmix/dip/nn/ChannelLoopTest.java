package dipmix.unmix.dip.nn;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

/** Channel reads and writes address the right elements for both types, on whole arrays and on offset views. */
class ChannelLoopTest {

    @Test
    void readsAndWritesChannelsOfOffsetViewsInFloatAndDouble() {
        for (DataType type : new DataType[]{DataType.FLOAT, DataType.DOUBLE}) {
            INDArray x = Nd4j.arange(40).castTo(type).reshape('c', 4, 2, 5);
            INDArray view = x.get(interval(2, 4), all(), all());
            double[] row = new double[10];
            ChannelLoop.read(view, 1, row);
            assertThat(row[0]).isEqualTo(30.0);
            assertThat(row[9]).isEqualTo(39.0);
            for (int i = 0; i < 10; i++) row[i] = -i;
            ChannelLoop.write(row, view, 0);
            assertThat(x.getDouble(2, 0, 0)).isEqualTo(0.0);
            assertThat(x.getDouble(2, 1, 4)).isEqualTo(-9.0);
            assertThat(x.getDouble(1, 1, 4)).isEqualTo(19.0);
            assertThat(x.getDouble(3, 0, 0)).isEqualTo(30.0);
        }
    }

    @Test
    void readsAndWritesAtAnOffsetInTheHeapArray() {
        for (DataType type : new DataType[]{DataType.FLOAT, DataType.DOUBLE}) {
            INDArray x = Nd4j.arange(12).castTo(type).reshape('c', 3, 4);
            double[] buffer = new double[10];
            ChannelLoop.read(x, 2, buffer, 5);
            assertThat(buffer).containsExactly(0, 0, 0, 0, 0, 8, 9, 10, 11, 0);
            ChannelLoop.write(new double[]{-1, -2, -3, -4, -5, -6}, 2, x, 0);
            assertThat(x.getRow(0).toDoubleVector()).containsExactly(-3, -4, -5, -6);
            assertThat(x.getDouble(1, 0)).isEqualTo(4.0);
        }
    }

    @Test
    void everyChannelIsVisitedOnce() {
        int[] seen = new int[37];
        ChannelLoop.forEachChannel(37, c -> seen[c]++);
        assertThat(seen).containsOnly(1);
    }

    @Test
    void otherTypesAreRefusedByName() {
        INDArray half = Nd4j.zeros(DataType.HALF, 2, 3, 3);
        assertThatThrownBy(() -> ChannelLoop.requireDense(half)).hasMessageContaining("HALF");
    }
}
