package dipmix.unmix.dip.nn;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

/** im2col puts x[c, oy*s + ky, ox*s + kx] at row (c, ky, kx), column (oy, ox), in both types and on offset views. */
class UnfoldTest {

    @Test
    void everyEntryComesFromItsWindowPosition() {
        for (DataType type : new DataType[]{DataType.FLOAT, DataType.DOUBLE}) {
            for (int stride : new int[]{1, 2}) {
                INDArray whole = Nd4j.rand(DataType.DOUBLE, 4, 7, 8).castTo(type);
                // channels 1-2 only: a contiguous view that starts at an offset into the buffer
                INDArray x = whole.get(interval(1, 3), all(), all());
                int k = 3;
                int oh = (7 - k) / stride + 1;
                int ow = (8 - k) / stride + 1;
                INDArray col = Nd4j.create(type, 2L * k * k, (long) oh * ow);
                Unfold.im2col(x, k, stride, col);
                for (int c = 0; c < 2; c++) {
                    for (int ky = 0; ky < k; ky++) {
                        for (int kx = 0; kx < k; kx++) {
                            for (int oy = 0; oy < oh; oy++) {
                                for (int ox = 0; ox < ow; ox++) {
                                    assertThat(col.getDouble((c * k + ky) * k + kx, oy * ow + ox))
                                            .as("%s stride %d c%d ky%d kx%d oy%d ox%d", type, stride, c, ky, kx, oy, ox)
                                            .isEqualTo(whole.getDouble(c + 1, oy * stride + ky, ox * stride + kx));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
