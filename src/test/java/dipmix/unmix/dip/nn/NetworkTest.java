package dipmix.unmix.dip.nn;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The assembled U-Net: forward against an independent computation, shapes for odd sizes, whole-network gradients. */
class NetworkTest {

    private static UnetConfig narrowPaper() {
        return new UnetConfig(new int[]{5}, new int[]{6}, new int[]{2}, new int[]{1}, Upsampling.BILINEAR, 0.1);
    }

    @Test
    void forwardMatchesAnIndependentPlainJavaComputation() {
        Network net = Network.unet(narrowPaper(), 3, 3, 42, DataType.DOUBLE);
        // random BN gains/offsets so the reference must apply them correctly
        INDArray flat = net.params().values();
        INDArray noise = GradCheck.random(9, flat.shape());
        for (Params.Param p : net.params().list()) {
            if (p.shape().length == 1) p.value().addi(noise.get(org.nd4j.linalg.indexing.NDArrayIndex.point(0),
                    org.nd4j.linalg.indexing.NDArrayIndex.interval(0, p.shape()[0])).reshape(p.shape()).mul(0.5));
        }
        INDArray z = GradCheck.random(4, 3, 7, 9);
        INDArray out = net.forward(z);

        List<double[]> params = new ArrayList<>();
        for (Params.Param p : net.params().list()) params.add(p.value().dup('c').data().asDouble());
        double[][][] zz = new double[3][7][9];
        for (int c = 0; c < 3; c++) for (int i = 0; i < 7; i++) for (int j = 0; j < 9; j++) zz[c][i][j] = z.getDouble(c, i, j);
        double[][][] ref = new ReferenceUnet(params, 0.1).forward(zz);

        assertThat(out.shape()).containsExactly(3, 7, 9);
        double maxDiff = 0;
        for (int c = 0; c < 3; c++) for (int i = 0; i < 7; i++) for (int j = 0; j < 9; j++) {
            maxDiff = Math.max(maxDiff, Math.abs(out.getDouble(c, i, j) - ref[c][i][j]));
        }
        assertThat(maxDiff).isLessThan(1e-12);
        // the outputs are not trivially uniform, so the comparison means something
        assertThat(out.maxNumber().doubleValue() - out.minNumber().doubleValue()).isGreaterThan(0.05);
    }

    @Test
    void outputKeepsTheInputSizeForOddAndEvenGrids() {
        UnetConfig deep = new UnetConfig(new int[]{3, 3, 3, 3}, new int[]{3, 3, 3, 3}, new int[]{2, 2, 2, 2},
                new int[]{2, 0, -1, 1}, Upsampling.TRANSPOSED, 0.1);
        for (int[] hw : new int[][]{{17, 19}, {18, 20}, {21, 17}}) {
            Network net = Network.unet(deep, 3, 3, 1, DataType.FLOAT);
            INDArray out = net.forward(GradCheck.random(2, 3, hw[0], hw[1]).castTo(DataType.FLOAT));
            assertThat(out.shape()).containsExactly(3, hw[0], hw[1]);
        }
    }

    @Test
    void tooSmallGridIsRefusedWithItsSize() {
        Network net = Network.unet(UnetConfig.deep(), 3, 3, 1, DataType.FLOAT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> net.outputShape(new long[]{3, 9, 9}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2x2");
    }

    @Test
    void wholeNetworkGradientsMatchFiniteDifferences() {
        GradCheck check = new GradCheck();
        Network paper = Network.unet(narrowPaper(), 3, 3, 5, DataType.DOUBLE);
        check.check(paper.root(), paper.params(), GradCheck.random(6, 3, 7, 9), 50);
        UnetConfig twoLevels = new UnetConfig(new int[]{3, 4}, new int[]{4, 3}, new int[]{2, 2}, new int[]{2, 0},
                Upsampling.TRANSPOSED, 0.1);
        Network two = Network.unet(twoLevels, 3, 3, 6, DataType.DOUBLE);
        check.check(two.root(), two.params(), GradCheck.random(7, 3, 9, 11), 30);
        UnetConfig noSkip = new UnetConfig(new int[]{3}, new int[]{3}, new int[]{2}, new int[]{-1},
                Upsampling.BILINEAR, 0.1);
        Network plain = Network.unet(noSkip, 3, 3, 7, DataType.DOUBLE);
        check.check(plain.root(), plain.params(), GradCheck.random(8, 3, 7, 9), 25);
    }
}
